import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import {
  conditionReferenceProblems,
  dependencyCycle,
  duplicateCodes,
  itemDependencies,
  ruleIdsInSpec,
  schemaItemMismatches,
} from '../../model/testing/definitionConsistency.ts';
import { hiddenHarm } from './definition.ts';
import { hiddenHarmFixtures } from './fixtures.ts';
import { HIDDEN_HARM_RULE_IDS } from './rules.ts';
import { childElsewhereRowSchema, childRowSchema, hiddenHarmSchema } from './schema.ts';

// ARCHITECTURE.md "Content as data": schema ↔ items, codes, conditions, dependencies, rule ids,
// and the item tables of hidden-harm.md when the spec is present.
const here = dirname(fileURLToPath(import.meta.url));
const specPath = resolve(here, '../../../../../../shared/domain/hidden-harm.md');
const spec = existsSync(specPath) ? readFileSync(specPath, 'utf8') : undefined;

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
  it('has exactly one item per schema key, and no item without a key', () => {
    expect(schemaItemMismatches(hiddenHarm, Object.keys(hiddenHarmSchema.shape))).toEqual({
      keysWithoutItem: [],
      itemsWithoutKey: [],
      itemsTwice: [],
    });
  });

  it('has one group field per row key in H1a and H1c', () => {
    expect(
      fieldsOf('children')
        .map((f) => f.key)
        .sort(),
    ).toEqual(Object.keys(childRowSchema.shape).sort());
    expect(
      fieldsOf('childrenElsewhere')
        .map((f) => f.key)
        .sort(),
    ).toEqual(Object.keys(childElsewhereRowSchema.shape).sort());
  });

  it('uses every code (linkId) once', () => {
    expect(duplicateCodes(hiddenHarm)).toEqual([]);
  });

  it('has conditions that read only existing keys, row fields and declared boolean derived values', () => {
    expect(conditionReferenceProblems(hiddenHarm)).toEqual([]);
  });

  it('declares only boolean derived values for conditions (checked on every fixture)', () => {
    for (const fixture of hiddenHarmFixtures) {
      const { derived } = evaluateProforma(hiddenHarm, fixture.answers, fixture.context);
      for (const name of Object.keys(hiddenHarm.derivedReads))
        expect(typeof derived[name], name).toBe('boolean');
    }
  });

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

  it('has an acyclic item dependency graph, and the graph is real', () => {
    const graph = itemDependencies(hiddenHarm);
    expect(dependencyCycle(graph)).toBeUndefined();
    expect(graph.get('childWithoutSafeAdult')).toEqual(
      new Set(['childrenUnder18', 'contactWithChildrenElsewhere']),
    );
    expect(graph.get('maracVictimAware')?.has('dashStrangulation')).toBe(true);
    expect(graph.get('adultImmediateDanger')?.has('domesticAbuseDisclosed')).toBe(true);
    expect(
      dependencyCycle(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['a'])],
        ]),
      ),
    ).toEqual(['a', 'b', 'a']);
  });

  it('places every item in a phase of "Flow"; H12f is also asked in safetyNow', () => {
    const phases = hiddenHarm.phases.map((p) => p.id);
    expect(phases).toEqual([
      'presentation',
      'dependants',
      'safetyNow',
      'household',
      'domesticAbuse',
      'informationSharing',
    ]);
    for (const item of hiddenHarm.items) {
      expect(phases, item.key).toContain(item.phase);
      for (const other of item.alsoAskedIn ?? []) expect(phases).toContain(other);
    }
    expect(hiddenHarm.items.find((i) => i.key === 'adultImmediateDanger')?.alsoAskedIn).toEqual([
      'safetyNow',
    ]);
    const order = hiddenHarm.items.map((i) => phases.indexOf(i.phase));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('has a rule and a fixture for every spec rule id', () => {
    expect(hiddenHarm.ruleIds).toEqual(HIDDEN_HARM_RULE_IDS);
    expect(hiddenHarm.rules.map((r) => r.id)).toEqual([...hiddenHarm.ruleIds]);
    for (const id of hiddenHarm.ruleIds) {
      expect(
        hiddenHarmFixtures.some((f) => f.rules.includes(id) && /^\d/.test(f.example)),
        `${id} has an example`,
      ).toBe(true);
    }
  });

  it('has every worked example of hidden-harm.md as a fixture, each variant in a row too', () => {
    const examples = hiddenHarmFixtures.map((f) => f.example);
    for (const n of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']) expect(examples).toContain(n);
    for (const n of ['7', '8', '9', '10'])
      expect(
        examples.some((e) => e.startsWith(`${n} variant`)),
        n,
      ).toBe(true);
    expect(new Set(hiddenHarmFixtures.map((f) => f.name)).size).toBe(hiddenHarmFixtures.length);
  });

  it('defines exactly the rule ids found in the headings and tables of hidden-harm.md', () => {
    expect(hiddenHarm.ruleIds.length).toBe(10);
    if (!spec) return;
    expect(ruleIdsInSpec(spec, /A-R\d+/)).toEqual([...hiddenHarm.ruleIds].sort());
  });

  it('has the items, DASH items and row fields of the spec tables, with their codes', () => {
    expect(hiddenHarm.items.length).toBe(Object.keys(hiddenHarmSchema.shape).length);
    if (!spec) return;
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
