import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeDefinitionConsistency } from '../../model/testing/consistencySuite.ts';
import { cse } from './definition.ts';
import { cseFixtures } from './fixtures.ts';
import { INDICATORS } from './indicators.ts';
import { CSE_RULE_IDS } from './rules.ts';
import { cseSchema } from './schema.ts';

describeDefinitionConsistency({
  definition: cse,
  schemaKeys: Object.keys(cseSchema.shape),
  fixtures: cseFixtures,
  ruleIds: CSE_RULE_IDS,
  rulesInIdOrder: false,
  isRuleFixture: (f, id) => f.rules.includes(id) && (f.expected.firedRules ?? []).includes(id),
  phases: ['reason', 'consent', 'relationship', 'indicators', 'voice'],
  // Worked examples, each variant in a row.
  examples: [
    '1',
    '2',
    '2 (csePartnerAgeGapYears: 5)',
    '3',
    '4',
    '5',
    '5 (8 days)',
    '6',
    '7',
    '8',
    '9',
    '9A',
  ].concat(['9B', '10', '10 (M6 no)']),
  dependsOn: [
    ['pregnancyOrSti', 'sexualActivity'],
    ['judgementReason', 'judgementRisk'],
  ],
  spec: readFileSync(new URL('../../../../../docs/clinical/cse.md', import.meta.url), 'utf8'),
  specRuleIds: /C-R\d+/,
});

describe('cse definition consistency', () => {
  it('asks every indicator of the colour table as a yes / no / not-known item with its code', () => {
    for (const indicator of INDICATORS) {
      const item = cse.items.find((i) => i.key === indicator.key);
      expect(item, indicator.code).toMatchObject({
        code: indicator.code,
        type: 'yes-no-unknown',
        required: true,
      });
    }
    const letter = { green: 'G', amber: 'M', red: 'R' } as const;
    for (const indicator of INDICATORS)
      expect(indicator.code.startsWith(letter[indicator.colour])).toBe(true);
  });

  it('marks a green fixture and the most severe one complete', () => {
    const complete = cseFixtures.filter((f) => f.complete);
    expect(complete.map((f) => f.expected.level)).toEqual(
      expect.arrayContaining(['NO_CONCERN', 'EMERGENCY']),
    );
  });
});
