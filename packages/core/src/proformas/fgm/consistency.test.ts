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
import { fgm } from './definition.ts';
import { fgmFixtures } from './fixtures.ts';
import { FGM_RULE_IDS } from './rules.ts';
import { fgmSchema, girlRowSchema, identifiedByRowSchema } from './schema.ts';

// ARCHITECTURE.md "Content as data": schema ↔ items, codes, conditions, dependencies, rule ids.
const here = dirname(fileURLToPath(import.meta.url));
const specPath = resolve(here, '../../../../../../shared/domain/fgm.md');

describe('fgm definition consistency', () => {
  it('has exactly one item per schema key, and no item without a key', () => {
    expect(schemaItemMismatches(fgm, Object.keys(fgmSchema.shape))).toEqual({
      keysWithoutItem: [],
      itemsWithoutKey: [],
      itemsTwice: [],
    });
  });

  it('has one group field per row key in F15d (F15a–F15c nested) and F11b', () => {
    const fieldsOf = (key: string) => fgm.items.find((i) => i.key === key)?.fields?.map((f) => f.key) ?? [];
    expect(fieldsOf('identifiedBy').sort()).toEqual(Object.keys(identifiedByRowSchema.shape).sort());
    expect(fieldsOf('girlsInFamily').sort()).toEqual(Object.keys(girlRowSchema.shape).sort());
    const codes = fgm.items.find((i) => i.key === 'identifiedBy')?.fields?.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['F15a', 'F15b', 'F15c', 'F15d.regulator']));
  });

  it('uses every code (linkId) once', () => {
    expect(duplicateCodes(fgm)).toEqual([]);
  });

  it('has conditions that read only existing keys, row fields and declared boolean derived values', () => {
    expect(conditionReferenceProblems(fgm)).toEqual([]);
  });

  it('names only boolean derived values in conditions (checked on every fixture)', () => {
    for (const fixture of fgmFixtures) {
      const { derived } = evaluateProforma(fgm, fixture.answers, fixture.context);
      for (const name of Object.keys(fgm.derivedReads)) expect(typeof derived[name], name).toBe('boolean');
    }
  });

  it('has an acyclic item dependency graph', () => {
    const graph = itemDependencies(fgm);
    expect(dependencyCycle(graph)).toBeUndefined();
    // The graph is real: Part 2's travel question depends on F7 through partTwoLive.
    expect(graph.get('travelOrProcedurePlanned')?.has('significantIndicators')).toBe(true);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['a'])],
    ]);
    expect(dependencyCycle(graph)).toEqual(['a', 'b', 'a']);
  });

  it('has a rule and a fixture for every spec rule id', () => {
    expect(fgm.ruleIds).toEqual(FGM_RULE_IDS);
    expect(fgm.rules.map((r) => r.id)).toEqual([...fgm.ruleIds]);
    for (const id of fgm.ruleIds) {
      expect(
        fgmFixtures.some((f) => f.rules.includes(id) && f.example !== 'boundary'),
        `${id} has a fixture`,
      ).toBe(true);
    }
  });

  it('has every worked example of fgm.md as a fixture, each variant of example 9 too', () => {
    const examples = new Set(fgmFixtures.map((f) => f.example));
    for (const n of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '9A', '9B', '10'])
      expect(examples).toContain(n);
  });

  it('defines exactly the rule ids found in the headings and tables of fgm.md', () => {
    expect(fgm.ruleIds.length).toBeGreaterThan(0);
    if (!existsSync(specPath)) return;
    expect(ruleIdsInSpec(readFileSync(specPath, 'utf8'), /F-R\d+/)).toEqual([...fgm.ruleIds].sort());
  });
});
