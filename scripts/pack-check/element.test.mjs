// Copied into the scratch consumer only when @proformas/element was packed: the custom element
// needs a browser, so in Node this checks that the installed package ships its script(s).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';

const require = createRequire(import.meta.url);

test('@proformas/element: every exported script is in the installed package', () => {
  const manifestPath = require.resolve('@proformas/element/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const targets = Object.entries(manifest.exports ?? { '.': manifest.main })
    .filter(([key, target]) => key !== './package.json' && typeof target === 'string')
    .map(([, target]) => target);
  assert.ok(targets.length > 0, 'the package exports a script');
  for (const target of targets) {
    assert.doesNotMatch(target, /\.tsx?$/, `${target} is TypeScript source`);
    const file = join(dirname(manifestPath), target);
    assert.ok(existsSync(file), `${target} is missing`);
    assert.ok(statSync(file).size > 0, `${target} is empty`);
  }
  const main = readFileSync(join(dirname(manifestPath), targets[0]), 'utf8');
  assert.match(main, /safeguarding-proforma/);
});
