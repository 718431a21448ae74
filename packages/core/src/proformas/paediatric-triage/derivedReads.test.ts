import { describe, expect, it } from 'vitest';
import { ageAt } from '../../model/age.ts';
import { resolveConfig } from '../../model/config.ts';
import { optionsOf } from '../../model/item.ts';
import { paediatricTriage } from './definition.ts';
import { encounterFromOtherForms } from './fixtures-builder.ts';
import { paediatricTriageFixtures } from './fixtures.ts';

// derivedReads (the dependency graph's edges) must be complete: changing any answer a boolean
// derived value does not list never changes that value.

const { items, derivedReads, derive } = paediatricTriage;
const valuesFor = (item: (typeof items)[number]): unknown[] => {
  const codes = optionsOf(item).map((o) => o.code);
  if (item.type === 'multi') return [[], ...codes.map((c) => [c])];
  if (codes.length > 0) return [undefined, ...codes];
  if (item.type === 'integer') return [undefined, 0, 99];
  if (item.type === 'date-time') return [undefined, '2025-03-09T10:00+00:00'];
  return [undefined, 'Synthetic text.'];
};
const bases = paediatricTriageFixtures.filter((_f, index) => index % 6 === 0);

describe('derivedReads lists every answer each boolean derived value reads', () => {
  it.each(Object.entries(derivedReads))(
    '%s',
    (name, reads) => {
      let checks = 0;
      for (const fixture of bases) {
        const age = ageAt(fixture.context.patient.dateOfBirth, fixture.context.attendance.arrivedAt);
        if (!age) throw new Error('bad fixture age');
        const input = {
          context: fixture.context,
          config: resolveConfig(fixture.context.config),
          age,
          encounter: encounterFromOtherForms(fixture.otherForms),
        };
        const before = derive({ ...input, answers: fixture.answers })[
          name as keyof ReturnType<typeof derive>
        ];
        for (const item of items) {
          if (reads.includes(item.key)) continue;
          for (const value of valuesFor(item)) {
            const answers = { ...fixture.answers, [item.key]: value };
            const after = derive({ ...input, answers })[name as keyof ReturnType<typeof derive>];
            expect(after, `${fixture.name}: ${item.code} = ${JSON.stringify(value)}`).toBe(before);
            checks += 1;
          }
        }
      }
      expect(checks).toBeGreaterThan(100);
    },
    30_000,
  );
});
