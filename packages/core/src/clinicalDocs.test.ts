import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The clinical spec ships with the library as docs/clinical/, a copy of ../shared/domain/.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const copy = join(repoRoot, 'docs/clinical');
const source = resolve(repoRoot, '../shared/domain');

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();

describe('docs/clinical', () => {
  it('holds every clinical spec file', () => {
    expect(markdownFiles(copy)).toEqual(
      expect.arrayContaining([
        'README.md',
        'paediatric-triage.md',
        'hidden-harm.md',
        'cse.md',
        'fgm.md',
        'frequent-attender.md',
        'referrals.md',
        'coding.md',
      ]),
    );
  });

  it('is identical to ../shared/domain when that folder is present', () => {
    if (!existsSync(source)) {
      // Outside the project's workspace there is nothing to compare with; the copy still has to be whole.
      expect(markdownFiles(copy).length).toBeGreaterThanOrEqual(8);
      return;
    }
    expect(markdownFiles(copy)).toEqual(markdownFiles(source));
    for (const file of markdownFiles(source)) {
      expect(
        readFileSync(join(copy, file), 'utf8'),
        `docs/clinical/${file} differs from ../shared/domain/${file}`,
      ).toBe(readFileSync(join(source, file), 'utf8'));
    }
  });
});
