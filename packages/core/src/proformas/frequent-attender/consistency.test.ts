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
import { frequentAttender } from './definition.ts';
import { frequentAttenderFixtures } from './fixtures.ts';
import { FREQUENT_ATTENDER_RULE_IDS } from './rules.ts';
import { frequentAttenderSchema, otherAttendanceSchema } from './schema.ts';

// ARCHITECTURE.md "Content as data": schema ↔ items, codes, conditions, dependencies, rule ids.
const here = dirname(fileURLToPath(import.meta.url));
const specPath = resolve(here, '../../../../../../shared/domain/frequent-attender.md');

describe('frequent-attender definition consistency', () => {
  it('has exactly one item per schema key, and no item without a key', () => {
    expect(schemaItemMismatches(frequentAttender, Object.keys(frequentAttenderSchema.shape))).toEqual({
      keysWithoutItem: [],
      itemsWithoutKey: [],
      itemsTwice: [],
    });
  });

  it('has one V3 field per row key', () => {
    const fields = frequentAttender.items
      .find((i) => i.key === 'otherAttendances')
      ?.fields?.map((f) => f.key);
    expect([...(fields ?? [])].sort()).toEqual(Object.keys(otherAttendanceSchema.shape).sort());
  });

  it('uses every code (linkId) once, V1–V14 in order', () => {
    expect(duplicateCodes(frequentAttender)).toEqual([]);
    expect(frequentAttender.items.map((i) => i.code)).toEqual(
      Array.from({ length: 14 }, (_, i) => `V${i + 1}`),
    );
  });

  it('has conditions that read only existing keys, row fields and declared boolean derived values', () => {
    expect(conditionReferenceProblems(frequentAttender)).toEqual([]);
  });

  it('names only boolean derived values in conditions (checked on every fixture)', () => {
    for (const fixture of frequentAttenderFixtures) {
      const { derived } = evaluateProforma(frequentAttender, fixture.answers, fixture.context);
      for (const name of Object.keys(frequentAttender.derivedReads))
        expect(typeof derived[name], name).toBe('boolean');
    }
  });

  it('has an acyclic item dependency graph', () => {
    const graph = itemDependencies(frequentAttender);
    expect(dependencyCycle(graph)).toBeUndefined();
    // The graph is real: V12 depends on V10 and, through patternConcern, on V3, V7, V8 and V14.
    expect([...(graph.get('leadDiscussion') ?? [])].sort()).toEqual(
      [
        'attendanceExplanation',
        'headInjuryToday',
        'otherAttendances',
        'patternFeatures',
        'reviewDecision',
      ].sort(),
    );
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['a'])],
    ]);
    expect(dependencyCycle(graph)).toEqual(['a', 'b', 'a']);
  });

  it('has a rule and a worked-example fixture for every spec rule id', () => {
    expect(frequentAttender.ruleIds).toEqual(FREQUENT_ATTENDER_RULE_IDS);
    expect(frequentAttender.rules.map((r) => r.id)).toEqual([...frequentAttender.ruleIds]);
    for (const id of frequentAttender.ruleIds) {
      expect(
        frequentAttenderFixtures.some((f) => f.rules.includes(id) && f.example !== 'boundary'),
        `${id} has a fixture`,
      ).toBe(true);
    }
  });

  it('has every worked example of frequent-attender.md as a fixture, with each variant', () => {
    const examples = frequentAttenderFixtures.map((f) => f.example);
    for (let n = 1; n <= 10; n++) expect(examples).toContain(String(n));
    for (const n of ['2', '3', '9'])
      expect(examples.filter((e) => e.startsWith(`${n} (variant`))).toHaveLength(1);
    expect(examples.filter((e) => e.startsWith('10 (variant'))).toHaveLength(2);
  });

  it('defines exactly the rule ids found in the headings and tables of frequent-attender.md', () => {
    expect(frequentAttender.ruleIds.length).toBeGreaterThan(0);
    if (!existsSync(specPath)) return;
    expect(ruleIdsInSpec(readFileSync(specPath, 'utf8'), /FA(?:\d+|-[A-Z]+)/)).toEqual(
      [...frequentAttender.ruleIds].sort(),
    );
  });
});
