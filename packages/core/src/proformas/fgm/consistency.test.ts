import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeDefinitionConsistency } from '../../model/testing/consistencySuite.ts';
import { fgm } from './definition.ts';
import { fgmFixtures } from './fixtures.ts';
import { FGM_RULE_IDS } from './rules.ts';
import { fgmSchema, girlRowSchema, identifiedByRowSchema } from './schema.ts';

describeDefinitionConsistency({
  definition: fgm,
  schemaKeys: Object.keys(fgmSchema.shape),
  // F15d with F15a–F15c (and F15e) nested in each row; F11b.
  rowSchemaKeys: {
    identifiedBy: Object.keys(identifiedByRowSchema.shape),
    girlsInFamily: Object.keys(girlRowSchema.shape),
  },
  fixtures: fgmFixtures,
  ruleIds: FGM_RULE_IDS,
  isRuleFixture: (f, id) => f.rules.includes(id) && f.example !== 'boundary',
  // Each variant of example 9 too.
  examples: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '9A', '9B', '10'],
  // Part 2's travel question depends on F7 through partTwoLive.
  dependsOn: [['travelOrProcedurePlanned', 'significantIndicators']],
  spec: readFileSync(new URL('../../../../../docs/clinical/fgm.md', import.meta.url), 'utf8'),
  specRuleIds: /F-R\d+/,
});

describe('fgm definition consistency', () => {
  it('nests F15a–F15c and F15e in the F15d row (their linkIds under F15d)', () => {
    const codes = fgm.items.find((i) => i.key === 'identifiedBy')?.fields?.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['F15a', 'F15b', 'F15c', 'F15e', 'F15d.regulator']));
  });
});
