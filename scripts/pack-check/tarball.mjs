// What a packed tarball must hold (scripts/pack-check.sh): JavaScript and declarations, no
// TypeScript sources or build caches, no workspace: ranges, and every exported file present.
import { execFileSync } from 'node:child_process';

const file = process.argv[2];
const entries = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean)
  .map((entry) => entry.replace(/^package\//, ''));
const manifest = JSON.parse(
  execFileSync('tar', ['-xzOf', file, 'package/package.json'], { encoding: 'utf8' }),
);
const problems = [];

const sources = entries.filter((e) => /\.(ts|tsx|mts|cts)$/.test(e) && !/\.d\.(ts|mts|cts)$/.test(e));
if (sources.length > 0) problems.push(`TypeScript sources: ${sources.slice(0, 5).join(', ')}`);
// Two names that differ only in case overwrite each other on macOS and Windows disks.
const byLowerCase = new Map();
for (const e of entries) byLowerCase.set(e.toLowerCase(), [...(byLowerCase.get(e.toLowerCase()) ?? []), e]);
const clashes = [...byLowerCase.values()].filter((same) => same.length > 1);
if (clashes.length > 0)
  problems.push(`names that clash on case-insensitive disks: ${clashes.flat().join(', ')}`);
const caches = entries.filter((e) => e.endsWith('.tsbuildinfo'));
if (caches.length > 0) problems.push(`build caches: ${caches.join(', ')}`);

for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
  for (const [name, range] of Object.entries(manifest[field] ?? {})) {
    if (String(range).startsWith('workspace:')) problems.push(`${field}.${name} is still "${range}"`);
  }
}

/** Every string target in an exports map, with the conditions that lead to it. */
const targets = (value, conditions = []) =>
  typeof value === 'string'
    ? [{ target: value, conditions }]
    : Object.entries(value ?? {}).flatMap(([key, inner]) => targets(inner, [...conditions, key]));
const exported = targets(manifest.exports);
if (exported.length === 0) problems.push('no exports map');
for (const { target, conditions } of exported) {
  const path = target.replace(/^\.\//, '');
  if (!entries.includes(path))
    problems.push(`exports ${conditions.join(' > ')} -> ${target} is not in the tarball`);
  if (/\.(ts|tsx)$/.test(path) && !path.endsWith('.d.ts'))
    problems.push(`exports ${target} is a source file`);
}
for (const field of ['main', 'types']) {
  const value = manifest[field];
  if (value && !entries.includes(value.replace(/^\.\//, '')))
    problems.push(`${field} ${value} is not in the tarball`);
}

console.log(
  `${manifest.name}@${manifest.version}: ${entries.length} files, exports ${exported.map((e) => e.target).join(', ')}`,
);
if (problems.length > 0) {
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
