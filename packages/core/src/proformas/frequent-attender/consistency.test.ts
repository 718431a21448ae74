import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeDefinitionConsistency } from '../../model/testing/consistencySuite.ts';
import { itemDependencies } from '../../model/testing/definitionConsistency.ts';
import { frequentAttender } from './definition.ts';
import { frequentAttenderFixtures } from './fixtures.ts';
import { FREQUENT_ATTENDER_RULE_IDS } from './rules.ts';
import { frequentAttenderSchema, otherAttendanceSchema } from './schema.ts';

describeDefinitionConsistency({
  definition: frequentAttender,
  schemaKeys: Object.keys(frequentAttenderSchema.shape),
  rowSchemaKeys: { otherAttendances: Object.keys(otherAttendanceSchema.shape) },
  fixtures: frequentAttenderFixtures,
  ruleIds: FREQUENT_ATTENDER_RULE_IDS,
  isRuleFixture: (f, id) => f.rules.includes(id) && f.example !== 'boundary',
  // Items follow their codes V1–V14 (below), not the order of the phases.
  itemsInPhaseOrder: false,
  examples: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
  spec: readFileSync(new URL('../../../../../docs/clinical/frequent-attender.md', import.meta.url), 'utf8'),
  specRuleIds: /FA(?:\d+|-[A-Z]+)/,
});

describe('frequent-attender definition consistency', () => {
  it('codes its items V1–V14 in order', () => {
    expect(frequentAttender.items.map((i) => i.code)).toEqual(
      Array.from({ length: 14 }, (_, i) => `V${i + 1}`),
    );
  });

  it('has a real dependency graph: V12 depends on V10 and, through patternConcern, on V3, V7, V8 and V14', () => {
    expect([...(itemDependencies(frequentAttender).get('leadDiscussion') ?? [])].sort()).toEqual(
      [
        'attendanceExplanation',
        'headInjuryToday',
        'otherAttendances',
        'patternFeatures',
        'reviewDecision',
      ].sort(),
    );
  });

  it('has each variant of the worked examples', () => {
    const examples = frequentAttenderFixtures.map((f) => f.example);
    for (const n of ['2', '3', '9'])
      expect(examples.filter((e) => e.startsWith(`${n} (variant`))).toHaveLength(1);
    expect(examples.filter((e) => e.startsWith('10 (variant'))).toHaveLength(2);
  });
});
