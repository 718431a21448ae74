// Where the bytes of a measured bundle come from (`pnpm size --breakdown`): every character of the
// minified chunks is attributed, through the build's source map, to the source module it came from.
// Each module's minified text is compressed on its own (gzip -9) and the chunks' real gzip total is
// shared out in proportion, so the shares add up to the figure `size` prints.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = Object.fromEntries([...B64].map((c, i) => [c, i]));

/** Decode one VLQ-encoded source-map segment into its numbers. */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = B64_VALUE[char];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** The name a source is reported under: a package by name, our own code by path. */
export function moduleName(path, root) {
  const inPackage = path.match(/node_modules\/(?!\.pnpm)((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  if (inPackage) return `${inPackage[1]}/${inPackage[2]}`;
  return relative(root, path);
}

/** The package (or workspace folder) a module belongs to, for the summary by package. */
export function groupName(module) {
  const pkg = module.match(/^((?:@[^/]+\/)?[^/]+)\//);
  if (module.startsWith('packages/core/src/proformas/')) return module.split('/').slice(0, 5).join('/');
  if (module.startsWith('packages/')) return module.split('/').slice(0, 4).join('/');
  return pkg && !module.startsWith('scripts/') ? pkg[1] : module;
}

/** The minified text of one chunk as runs of characters, each with the source module it came from. */
function attribute(code, map, dir, root) {
  const runs = [];
  const add = (module, text) => {
    const last = runs.at(-1);
    if (last?.module === module) last.text += text;
    else if (text) runs.push({ module, text });
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let source = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    let column = 0;
    const segments = (mappingLines[l] ?? '')
      .split(',')
      .filter(Boolean)
      .map((s) => {
        const v = decodeSegment(s);
        column += v[0];
        if (v.length > 1) source += v[1];
        return { column, source: v.length > 1 ? source : undefined };
      });
    if (segments.length === 0 || segments[0].column > 0)
      add('(unmapped)', line.slice(0, segments[0]?.column ?? line.length));
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.column ?? line.length;
      const name =
        segment.source === undefined
          ? '(unmapped)'
          : moduleName(resolve(dir, map.sources[segment.source]), root);
      add(name, line.slice(segment.column, end));
    });
    if (l < lines.length - 1) add('(unmapped)', '\n');
  }
  return runs;
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/**
 * Per-module figures for the JS chunks of a build: minified bytes, and what the module costs in
 * gzip -9 in context — the chunks' gzip total minus their gzip total with that module's characters
 * taken out. Modules compress against each other, so the costs add up to less than the total.
 */
export function breakdown(jsFiles, root) {
  const chunks = jsFiles.map((file) =>
    attribute(
      readFileSync(file, 'utf8'),
      JSON.parse(readFileSync(`${file}.map`, 'utf8')),
      dirname(file),
      root,
    ),
  );
  const gzipWithout = (leaveOut) =>
    chunks.reduce(
      (sum, runs) =>
        sum +
        gzip(
          runs
            .filter((r) => !leaveOut(r.module))
            .map((r) => r.text)
            .join(''),
        ),
      0,
    );
  const total = gzipWithout(() => false);
  const minified = new Map();
  for (const r of chunks.flat())
    minified.set(r.module, (minified.get(r.module) ?? 0) + Buffer.byteLength(r.text));
  const cost = (names) => total - gzipWithout((m) => names.has(m));
  const rows = [...minified].map(([module, bytes]) => ({
    module,
    minified: bytes,
    gzip: cost(new Set([module])),
  }));
  const byGroup = new Map();
  for (const r of rows) byGroup.set(groupName(r.module), [...(byGroup.get(groupName(r.module)) ?? []), r]);
  const groups = [...byGroup].map(([group, members]) => ({
    group,
    minified: members.reduce((sum, m) => sum + m.minified, 0),
    gzip: cost(new Set(members.map((m) => m.module))),
  }));
  return {
    total,
    rows: rows.sort((a, b) => b.gzip - a.gzip),
    groups: groups.sort((a, b) => b.gzip - a.gzip),
  };
}

/** Print the breakdown: by package / folder, then the largest modules. */
export function printBreakdown({ total, rows, groups }, top = Number(process.env.SIZE_TOP ?? 40)) {
  const kb = (b) => `${(b / 1000).toFixed(1)} kB`.padStart(9);
  console.log(`  by package / folder: gzip -9 cost in context (of ${kb(total).trim()}), minified bytes`);
  for (const g of groups) console.log(`  ${kb(g.gzip)} ${kb(g.minified)}  ${g.group}`);
  console.log(`  largest modules:`);
  for (const r of rows.slice(0, top)) console.log(`  ${kb(r.gzip)} ${kb(r.minified)}  ${r.module}`);
}
