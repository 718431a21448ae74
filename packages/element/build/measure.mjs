// The element's scripts as a page loads them: bytes and gzip -9 of each built file in dist/,
// against the 170 kB budget (issue 5). Build first: pnpm --filter @proformas/element build [build:preact].
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 170_000;
const dist = join(import.meta.dirname, '../dist');
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
let over = 0;
for (const file of readdirSync(dist)
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const text = readFileSync(join(dist, file));
  const gz = gzipSync(text, { level: 9 }).length;
  if (gz > BUDGET) over += 1;
  process.stdout.write(
    `${file}: ${kb(text.length)}, gzip -9 ${kb(gz)} (budget ${kb(BUDGET)}): ${gz <= BUDGET ? 'within budget' : 'OVER BUDGET'}\n`,
  );
}
process.exit(over > 0 ? 1 : 0);
