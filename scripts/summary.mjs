// Print the plain "N passed, N failed" line CI reads: every Vitest and Playwright test, plus each gate
// (typecheck, lint, builds, size budget, mutation score) counted as one check.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.ci/out';
const read = (file) =>
  existsSync(join(dir, file)) ? JSON.parse(readFileSync(join(dir, file), 'utf8')) : undefined;

let passed = 0;
let failed = 0;
const vitest = read('vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  console.log(
    `vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed of ${vitest.numTotalTests}`,
  );
} else {
  failed += 1;
  console.log('vitest: no report (the run did not finish)');
}
const e2e = read('e2e.json');
if (e2e) {
  const s = e2e.stats;
  passed += s.expected;
  failed += s.unexpected + s.flaky;
  console.log(`e2e: ${s.expected} passed, ${s.unexpected} failed, ${s.flaky} flaky, ${s.skipped} skipped`);
} else {
  failed += 1;
  console.log('e2e: no report (the run did not finish)');
}
const gates = existsSync(join(dir, 'gates.txt'))
  ? readFileSync(join(dir, 'gates.txt'), 'utf8').trim().split('\n').filter(Boolean)
  : [];
for (const line of gates) {
  console.log(`gate: ${line}`);
  if (line.endsWith(' passed')) passed += 1;
  else failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
