import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { describeDefinitionConsistency } from '../../model/testing/consistencySuite.ts';
import { itemDependencies } from '../../model/testing/definitionConsistency.ts';
import { hiddenHarm } from './definition.ts';
import { hiddenHarmFixtures } from './fixtures.ts';
import { HIDDEN_HARM_RULE_IDS } from './rules.ts';
import { childElsewhereRowSchema, childRowSchema, hiddenHarmSchema } from './schema.ts';

const spec = readFileSync(new URL('../../../../../docs/clinical/hidden-harm.md', import.meta.url), 'utf8');

describeDefinitionConsistency({
  definition: hiddenHarm,
  schemaKeys: Object.keys(hiddenHarmSchema.shape),
  rowSchemaKeys: {
    children: Object.keys(childRowSchema.shape),
    childrenElsewhere: Object.keys(childElsewhereRowSchema.shape),
  },
  fixtures: hiddenHarmFixtures,
  ruleIds: HIDDEN_HARM_RULE_IDS,
  isRuleFixture: (f, id) => f.rules.includes(id) && /^\d/.test(f.example),
  phases: ['presentation', 'dependants', 'safetyNow', 'household', 'domesticAbuse', 'informationSharing'],
  examples: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
  dependsOn: [
    ['maracVictimAware', 'dashStrangulation'],
    ['adultImmediateDanger', 'domesticAbuseDisclosed'],
  ],
  spec,
  specRuleIds: /A-R\d+/,
});

/** `| key | code |` rows of the spec's tables between two markers. */
const tableRows = (markdown: string, from: string, to: string): [string, string][] => {
  const section = markdown.slice(markdown.indexOf(from), markdown.indexOf(to));
  return [...section.matchAll(/^\|\s*([a-z][A-Za-z0-9]*)\s*\|\s*([A-Z][A-Za-z0-9.-]*)\s*\|/gm)].map((m) => [
    m[1] ?? '',
    m[2] ?? '',
  ]);
};
const fieldsOf = (key: string) => hiddenHarm.items.find((i) => i.key === key)?.fields ?? [];

describe('hidden-harm definition consistency', () => {
  it('lists in derivedReads every answer a boolean derived value reads (removing any other never moves it)', () => {
    const reads = hiddenHarm.derivedReads as Record<string, readonly string[]>;
    for (const fixture of hiddenHarmFixtures) {
      const input = { answers: fixture.answers, context: fixture.context, encounter: {} };
      const { config, age } = evaluateProforma(hiddenHarm, fixture.answers, fixture.context);
      const before: Record<string, unknown> = hiddenHarm.derive({ ...input, config, age });
      for (const key of Object.keys(fixture.answers)) {
        const answers = { ...fixture.answers, [key]: undefined };
        const after: Record<string, unknown> = hiddenHarm.derive({ ...input, answers, config, age });
        for (const [name, keys] of Object.entries(reads))
          if (!keys.includes(key))
            expect(after[name], `${fixture.example}: ${name} without ${key}`).toBe(before[name]);
      }
    }
  });

  it('has H5 depending exactly on the answers behind childInCare (the graph is real)', () => {
    expect(itemDependencies(hiddenHarm).get('childWithoutSafeAdult')).toEqual(
      new Set(['childrenUnder18', 'contactWithChildrenElsewhere']),
    );
  });

  it('asks H12f in its own phase and again in safetyNow', () => {
    expect(hiddenHarm.items.find((i) => i.key === 'adultImmediateDanger')?.alsoAskedIn).toEqual([
      'safetyNow',
    ]);
  });

  it('has each variant of examples 7–10, and ten rule ids', () => {
    const examples = hiddenHarmFixtures.map((f) => f.example);
    for (const n of ['7', '8', '9', '10'])
      expect(
        examples.some((e) => e.startsWith(`${n} variant`)),
        n,
      ).toBe(true);
    expect(hiddenHarm.ruleIds.length).toBe(10);
  });

  it('has the items, DASH items and row fields of the spec tables, with their codes', () => {
    const top = tableRows(spec, '## Items', '**Fields of `children`**');
    const children = tableRows(spec, '**Fields of `children`**', '**Fields of `childrenElsewhere`**');
    const elsewhere = tableRows(spec, '**Fields of `childrenElsewhere`**', '## Derived values');
    expect(hiddenHarm.items.map((i) => [i.key, i.code]).sort()).toEqual(top.sort());
    expect(
      fieldsOf('children')
        .map((f) => [f.key, f.code])
        .sort(),
    ).toEqual(children.sort());
    expect(
      fieldsOf('childrenElsewhere')
        .map((f) => [f.key, f.code])
        .sort(),
    ).toEqual(elsewhere.sort());
  });
});
