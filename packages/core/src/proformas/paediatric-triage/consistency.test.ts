import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG as DEFAULTS } from '../../model/config.ts';
import { describeDefinitionConsistency } from '../../model/testing/consistencySuite.ts';
import { paediatricTriage } from './definition.ts';
import { LEVEL_READS } from './derivedReads.ts';
import { paediatricTriageFixtures } from './fixtures.ts';
import { PAEDIATRIC_TRIAGE_RULE_IDS } from './rules.ts';
import { paediatricTriageSchema } from './schema.ts';

/** Rule ids named in the headings ("### P-R12 — …; P-R13 — …" names two). */
const ruleIdsInHeadings = (spec: string): string[] => [
  ...new Set(
    spec
      .split('\n')
      .filter((line) => line.startsWith('#'))
      .flatMap((line) => line.match(/P-R\d+/g) ?? []),
  ),
];

describeDefinitionConsistency({
  definition: paediatricTriage,
  schemaKeys: Object.keys(paediatricTriageSchema.shape),
  fixtures: paediatricTriageFixtures,
  ruleIds: PAEDIATRIC_TRIAGE_RULE_IDS,
  rulesInIdOrder: false,
  examples: Array.from({ length: 11 }, (_, i) => `#${i + 1}`),
  // Items shown from a level (levelAtLeast) depend on what the level reads.
  levelReads: LEVEL_READS,
  spec: readFileSync(new URL('../../../../../docs/clinical/paediatric-triage.md', import.meta.url), 'utf8'),
  specRuleIds: ruleIdsInHeadings,
});

describe('paediatric-triage consistency', () => {
  it('derivedReads names exactly the boolean derived values', () => {
    const fixture = paediatricTriageFixtures[0];
    if (!fixture) throw new Error('no fixtures');
    const derived = paediatricTriage.derive({
      answers: fixture.answers,
      context: fixture.context,
      config: { ...DEFAULTS },
      age: { years: 0, months: 5 },
      encounter: {},
    });
    const booleans = Object.entries(derived)
      .filter(([, v]) => typeof v === 'boolean')
      .map(([k]) => k)
      .sort();
    expect(Object.keys(paediatricTriage.derivedReads).sort()).toEqual(booleans);
  });

  it('reads P-R12 and P-R13 from one heading (the reader can find two)', () => {
    expect(ruleIdsInHeadings('### P-R12 — a; P-R13 — b\nP-R99 in a sentence')).toEqual(['P-R12', 'P-R13']);
  });
});
