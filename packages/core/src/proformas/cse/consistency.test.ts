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
import { cse } from './definition.ts';
import { cseFixtures } from './fixtures.ts';
import { INDICATORS } from './indicators.ts';
import { CSE_RULE_IDS } from './rules.ts';
import { cseSchema } from './schema.ts';

// ARCHITECTURE.md "Content as data": schema ↔ items, codes, conditions, dependencies, rule ids.
const here = dirname(fileURLToPath(import.meta.url));
const specPath = resolve(here, '../../../../../../shared/domain/cse.md');

describe('cse definition consistency', () => {
  it('has exactly one item per schema key, and no item without a key', () => {
    expect(schemaItemMismatches(cse, Object.keys(cseSchema.shape))).toEqual({
      keysWithoutItem: [],
      itemsWithoutKey: [],
      itemsTwice: [],
    });
  });

  it('uses every code (linkId) once', () => {
    expect(duplicateCodes(cse)).toEqual([]);
  });

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

  it('places every item in one of the Flow phases, in phase order', () => {
    const phaseIds = cse.phases.map((p) => p.id);
    expect(phaseIds).toEqual(['reason', 'consent', 'relationship', 'indicators', 'voice']);
    const order = cse.items.map((i) => phaseIds.indexOf(i.phase));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('has conditions that read only existing keys and declared boolean derived values', () => {
    expect(conditionReferenceProblems(cse)).toEqual([]);
  });

  it('names only boolean derived values in conditions (checked on every fixture)', () => {
    for (const fixture of cseFixtures) {
      const { derived } = evaluateProforma(cse, fixture.answers, fixture.context);
      for (const name of Object.keys(cse.derivedReads)) expect(typeof derived[name], name).toBe('boolean');
    }
  });

  it('has an acyclic item dependency graph (and the graph is real)', () => {
    const graph = itemDependencies(cse);
    expect(dependencyCycle(graph)).toBeUndefined();
    expect(graph.get('pregnancyOrSti')?.has('sexualActivity')).toBe(true);
    expect(graph.get('judgementReason')?.has('judgementRisk')).toBe(true);
    expect(dependencyCycle(new Map([['a', new Set(['a'])]]))).toEqual(['a', 'a']);
  });

  it('has a rule, in ruleIds order, and a fixture for every spec rule id', () => {
    expect(cse.ruleIds).toEqual(CSE_RULE_IDS);
    expect(cse.rules.map((r) => r.id).sort()).toEqual([...cse.ruleIds].sort());
    for (const id of cse.ruleIds) {
      expect(
        cseFixtures.some((f) => f.rules.includes(id) && (f.expected.firedRules ?? []).includes(id)),
        `${id} has a fixture`,
      ).toBe(true);
    }
  });

  it('has every worked example of cse.md as a fixture, each variant in a row', () => {
    const examples = new Set(cseFixtures.map((f) => f.example));
    for (const n of [
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
      '9B',
      '10',
      '10 (M6 no)',
    ])
      expect(examples).toContain(n);
  });

  it('marks a green fixture and the most severe one complete', () => {
    const complete = cseFixtures.filter((f) => f.complete);
    expect(complete.map((f) => f.expected.level)).toEqual(
      expect.arrayContaining(['NO_CONCERN', 'EMERGENCY']),
    );
  });

  it('defines exactly the rule ids found in the headings and tables of cse.md', () => {
    expect(cse.ruleIds.length).toBeGreaterThan(0);
    if (!existsSync(specPath)) return;
    expect(ruleIdsInSpec(readFileSync(specPath, 'utf8'), /C-R\d+/)).toEqual([...cse.ruleIds].sort());
  });
});
