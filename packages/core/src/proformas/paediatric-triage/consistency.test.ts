import { describe, expect, it } from 'vitest';
import { conditionReads, type Condition } from '../../model/condition.ts';
import { optionsOf } from '../../model/item.ts';
import { DEFAULT_CONFIG as DEFAULTS } from '../../model/config.ts';
import { paediatricTriage } from './definition.ts';
import { LEVEL_READS } from './derivedReads.ts';
import { paediatricTriageFixtures } from './fixtures.ts';
import { paediatricTriageSchema } from './schema.ts';
import { readSpec, SHARED_SPEC, SHIPPED_SPEC, ruleIdsInHeadings, specItemRows } from './specTable.testing.ts';

// ARCHITECTURE.md "Files and tests": every schema key has exactly one item, item dependencies are
// acyclic, and every rule id in the spec has a rule and a fixture.

const { items, derivedReads, rules, ruleIds, phases } = paediatricTriage;
const keys = new Set(items.map((i) => i.key));
const booleanDerived = new Set(Object.keys(derivedReads));
const conditionsOf = (item: (typeof items)[number]): Condition<string, string>[] => [
  ...(item.shownWhen ? [item.shownWhen] : []),
  ...(typeof item.required === 'object' ? [item.required] : []),
];
const usesLevel = (c: Condition<string, string>): boolean =>
  c.op === 'levelAtLeast' ||
  ((c.op === 'all' || c.op === 'any') && c.of.some(usesLevel)) ||
  (c.op === 'not' && usesLevel(c.of));

describe('paediatric-triage consistency: schema and items', () => {
  it('every schema key has exactly one item, and every item a schema key', () => {
    const schemaKeys = Object.keys(paediatricTriageSchema.shape).sort();
    expect(items.map((i) => i.key).sort()).toEqual(schemaKeys);
    expect(keys.size).toBe(items.length);
  });

  it('item codes are unique', () => {
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
  });

  it('items follow the phases in order, and every phase is known', () => {
    const order = phases.map((p) => p.id);
    const indices = items.map((i) => order.indexOf(i.phase));
    expect(indices.every((i) => i >= 0)).toBe(true);
    expect([...indices].sort((a, b) => a - b)).toEqual(indices);
  });

  it('every condition reads existing keys and boolean derived names only', () => {
    for (const item of items) {
      for (const condition of conditionsOf(item)) {
        const reads = conditionReads(condition);
        for (const key of reads.keys) expect(keys, `${item.code} reads ${key}`).toContain(key);
        for (const name of reads.derived)
          expect(booleanDerived, `${item.code} reads ${name}`).toContain(name);
      }
    }
  });

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
    expect([...booleanDerived].sort()).toEqual(booleans);
  });

  it('the item dependency graph is acyclic', () => {
    const edges = new Map<string, Set<string>>();
    for (const item of items) {
      const out = new Set<string>();
      for (const condition of conditionsOf(item)) {
        const reads = conditionReads(condition);
        reads.keys.forEach((k) => out.add(k));
        reads.derived.forEach((d) =>
          (derivedReads[d as keyof typeof derivedReads] ?? []).forEach((k) => out.add(k)),
        );
        if (usesLevel(condition)) LEVEL_READS.forEach((k) => out.add(k));
      }
      edges.set(item.key, out);
    }
    const state = new Map<string, 'open' | 'done'>();
    const cycle: string[] = [];
    const visit = (key: string, path: string[]): void => {
      if (state.get(key) === 'done') return;
      if (state.get(key) === 'open') {
        cycle.push(...path, key);
        return;
      }
      state.set(key, 'open');
      for (const next of edges.get(key) ?? []) visit(next, [...path, key]);
      state.set(key, 'done');
    };
    for (const key of keys) visit(key, []);
    expect(cycle).toEqual([]);
  });
});

describe('paediatric-triage consistency: rules and fixtures', () => {
  it('every rule id has exactly one rule, and every rule an id', () => {
    expect(rules.map((r) => r.id).sort()).toEqual([...ruleIds].sort());
  });

  it.each([...ruleIds])('%s has at least one fixture citing it', (id) => {
    expect(paediatricTriageFixtures.some((f) => f.rules.includes(id))).toBe(true);
  });

  it('ruleIds are the P-R ids of the spec’s headings', () => {
    expect(ruleIds.length).toBeGreaterThan(0);
    const spec = readSpec(SHARED_SPEC) ?? readSpec(SHIPPED_SPEC);
    if (spec !== undefined) expect([...ruleIds].sort()).toEqual(ruleIdsInHeadings(spec).sort());
  });

  it('fixture names are unique', () => {
    expect(new Set(paediatricTriageFixtures.map((f) => f.name)).size).toBe(paediatricTriageFixtures.length);
  });
});

describe('paediatric-triage consistency: items against the spec’s Items table', () => {
  const spec = readSpec(SHARED_SPEC) ?? readSpec(SHIPPED_SPEC) ?? '';
  const rows = specItemRows(spec);

  it('has every row, in the table’s order, with the same codes', () => {
    expect(rows.length).toBe(items.length);
    expect(items.map((i) => [i.key, i.code])).toEqual(rows.map((r) => [r.key, r.code]));
  });

  it.each(rows.map((r) => [r.code, r] as const))(
    '%s: type, options, shown-when and required match',
    (_c, row) => {
      const item = items.find((i) => i.key === row.key);
      if (!item) throw new Error(`no item ${row.key}`);
      expect(item.type).toBe(row.type.split(' ')[0]);
      if (row.type.includes('≥ 0')) expect(item.min).toBe(0);
      if (item.type === 'choice' || item.type === 'multi') {
        expect(optionsOf(item).map((o) => o.code)).toEqual(row.optionCodes);
      }
      expect(item.shownWhen === undefined).toBe(row.shownWhen === 'always');
      expect(item.required === false).toBe(row.required.startsWith('no'));
      expect(item.minEntries === 1).toBe(row.required.includes('≥ 1'));
    },
  );
});
