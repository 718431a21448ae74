import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { optionsOf } from '../../model/item.ts';
import { paediatricTriageItems as items } from './items.ts';

// items.ts against the "Items" table of paediatric-triage.md, row by row: key, code, type, option
// codes, always shown or not, required or not, "≥ 1". Read from ../shared/domain when present,
// else from the copy that ships with the library (docs/clinical).

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../..');
const read = (path: string): string | undefined =>
  existsSync(path) ? readFileSync(path, 'utf8') : undefined;
const spec =
  read(resolve(repoRoot, '../shared/domain/paediatric-triage.md')) ??
  read(resolve(repoRoot, 'docs/clinical/paediatric-triage.md')) ??
  '';

interface SpecItemRow {
  key: string;
  code: string;
  type: string;
  optionCodes: string[];
  shownWhen: string;
  required: string;
}

/** The rows of the "Items" table. */
const specItemRows = (spec: string): SpecItemRow[] => {
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

describe('paediatric-triage consistency: items against the spec’s Items table', () => {
  const rows = specItemRows(spec);

  it('has every row, in the table’s order, with the same codes', () => {
    expect(rows.length).toBe(items.length);
    expect(items.map((i) => [i.key, i.code])).toEqual(rows.map((r) => [r.key, r.code]));
  });

  it.each(rows.map((r) => [r.code, r] as const))(
    '%s: type, options, shown-when and required match',
    (_c, row) => {
      const item = items.find((i) => i.key === row.key);
      if (!item) throw new Error(`no item ${row.key}`);
      expect(item.type).toBe(row.type.split(' ')[0]);
      if (row.type.includes('≥ 0')) expect(item.min).toBe(0);
      if (item.type === 'choice' || item.type === 'multi') {
        expect(optionsOf(item).map((o) => o.code)).toEqual(row.optionCodes);
      }
      expect(item.shownWhen === undefined).toBe(row.shownWhen === 'always');
      expect(item.required === false).toBe(row.required.startsWith('no'));
      expect(item.minEntries === 1).toBe(row.required.includes('≥ 1'));
    },
  );
});
