import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Test support: read paediatric-triage.md, the clinical source, from ../shared/domain when the
// project's workspace has it, else from the copy that ships with the library (docs/clinical, kept
// identical by clinicalDocs.test.ts).

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../../../..');
export const SHARED_SPEC = resolve(repoRoot, '../shared/domain/paediatric-triage.md');
export const SHIPPED_SPEC = resolve(repoRoot, 'docs/clinical/paediatric-triage.md');

export const readSpec = (path: string): string | undefined =>
  existsSync(path) ? readFileSync(path, 'utf8') : undefined;

/** Rule ids named in the headings ("### P-R12 — …; P-R13 — …" names two). */
export const ruleIdsInHeadings = (spec: string): string[] => [
  ...new Set(
    spec
      .split('\n')
      .filter((line) => line.startsWith('#'))
      .flatMap((line) => line.match(/P-R\d+/g) ?? []),
  ),
];

export interface SpecItemRow {
  key: string;
  code: string;
  type: string;
  optionCodes: string[];
  shownWhen: string;
  required: string;
}

/** The rows of the "Items" table. */
export const specItemRows = (spec: string): SpecItemRow[] => {
  const section = spec.slice(spec.indexOf('## Items'), spec.indexOf('## Derived values'));
  return section
    .split('\n')
    .filter((line) => /^\| `\w+` \|/.test(line))
    .map((line) => {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      const [key = '', code = '', , type = '', options = '', shownWhen = '', required = ''] = cells;
      return {
        key: key.replaceAll('`', ''),
        code,
        type,
        // A code can recur in another option's description (B7: "accidental knife cut: `laceration`").
        optionCodes: [...new Set([...options.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''))],
        shownWhen,
        required,
      };
    });
};
