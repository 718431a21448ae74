// Bundle-size budgets (issue 2 point 7, issue 3, issue 5). Each entry in `scripts/size/` is a fixed
// page that renders one thing; it is built on its own, fully minified, and every emitted JS chunk is
// summed in gzip -9. By default react, react-dom, react/jsx-runtime, react-dom/client and scheduler
// are external (the host page has React) and CSS is reported beside the figure, not in it.
// Exits 1 when any entry is over its budget.
//
//   pnpm size               every entry: JS and CSS in gzip -9, budget, goal, verdict
//   pnpm size --breakdown   also where the bytes come from, module by module (scripts/size/breakdown.mjs)
//   pnpm size triage        only the entries whose name contains "triage"
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { breakdown, printBreakdown } from './size/breakdown.mjs';

const root = resolve(import.meta.dirname, '..');
const REACT_EXTERNAL = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', 'scheduler'];

/**
 * @typedef {object} SizeEntry
 * @property {string} name what the page renders
 * @property {string} file the entry, from the repository root
 * @property {number} budget gzip -9 bytes the figure may not exceed
 * @property {number} [goal] gzip -9 bytes aimed at (printed only)
 * @property {string[]} [external] modules left out of the build; default React (REACT_EXTERNAL).
 *   `external: []` bundles everything, React included (a self-contained script).
 * @property {boolean} [countCss] add the emitted CSS (gzip -9) to the figure checked against the
 *   budget; default false (CSS reported separately). CSS inlined into the JS is in the JS anyway.
 * @property {boolean} [optional] skip, with a note, while the entry file does not exist yet
 * @property {string} [viteConfig] build with this package's own vite config (its plugins, e.g. the
 *   element's CSS for the shadow root); the entry, externals and full minification are still set here
 */

/** @type {SizeEntry[]} */
const entries = [
  {
    name: 'paediatric-triage form',
    file: 'scripts/size/paediatric-triage.tsx',
    budget: 60_000,
    goal: 40_000,
  },
  { name: 'hidden-harm form', file: 'scripts/size/hidden-harm.tsx', budget: 60_000 },
  { name: 'cse form', file: 'scripts/size/cse.tsx', budget: 60_000 },
  { name: 'fgm form', file: 'scripts/size/fgm.tsx', budget: 60_000 },
  { name: 'frequent-attender form', file: 'scripts/size/frequent-attender.tsx', budget: 60_000 },
  { name: 'five-form encounter', file: 'scripts/size/encounter.tsx', budget: 90_000 },
  // Issue 5: the custom element's single script, React and its CSS included.
  {
    name: 'custom element',
    file: 'packages/element/src/index.ts',
    budget: 170_000,
    external: [],
    countCss: true,
    optional: true,
    viteConfig: 'packages/element/vite.config.ts',
  },
];

const files = (dir) =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)],
  );
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Build one entry into `outDir`: a library build of the entry file, fully minified. */
const buildEntry = (entry, outDir, sourcemap) => {
  const external = entry.external ?? REACT_EXTERNAL;
  return build({
    root,
    mode: 'production',
    logLevel: 'error',
    ...(entry.viteConfig
      ? { configFile: join(root, entry.viteConfig) }
      : { configFile: false, plugins: [react()] }),
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      // Source maps only for --breakdown; 'hidden' adds no comment to the measured JS.
      sourcemap: sourcemap ? 'hidden' : false,
      cssMinify: false, // nhsuk-frontend ships minified CSS with an IE hack lightningcss cannot parse
      lib: { entry: join(root, entry.file), formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: {
        external: (id) => external.includes(id),
        // A library build in ES format keeps whitespace and /* @__PURE__ */ comments for the next
        // bundler. The page a user loads is minified completely, so that is what is measured.
        output: { minify: true, comments: { annotation: false } },
      },
    },
  });
};

const showBreakdown = process.argv.includes('--breakdown');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
let over = 0;
for (const entry of entries) {
  if (only.length > 0 && !only.some((word) => entry.name.includes(word))) continue;
  if (entry.optional && !existsSync(join(root, entry.file))) {
    console.log(`${entry.name}: not measured yet (${entry.file} does not exist)`);
    continue;
  }
  const outDir = join(root, '.size', entry.name.replace(/\W+/g, '-'));
  rmSync(outDir, { recursive: true, force: true });
  await buildEntry(entry, outDir, showBreakdown);
  const emitted = files(outDir);
  const jsFiles = emitted.filter((f) => /\.m?js$/.test(f));
  const js = jsFiles.reduce((sum, f) => sum + gz(f), 0);
  const css = emitted.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gz(f), 0);
  const figure = entry.countCss ? js + css : js;
  const within = figure <= entry.budget;
  const what = entry.countCss ? `JS + CSS ${kb(figure)}` : `JS ${kb(js)}`;
  const external = (entry.external ?? REACT_EXTERNAL).length === 0 ? 'React included' : 'React external';
  const goal = entry.goal ? `, goal ${kb(entry.goal)}` : '';
  console.log(
    `${entry.name}: ${what} gzip -9 (budget ${kb(entry.budget)}${goal}): ${within ? 'within budget' : 'OVER BUDGET'}; ` +
      `JS ${kb(js)}, CSS ${kb(css)}${entry.countCss ? ' (counted)' : ' (not counted)'}; ${external}`,
  );
  if (showBreakdown) printBreakdown(breakdown(jsFiles, root));
  if (!within) over += 1;
}
process.exit(over > 0 ? 1 : 0);
