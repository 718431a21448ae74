import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { conditionReads, type Condition } from '../../model/condition.ts';
import { DEFAULT_CONFIG as DEFAULTS } from '../../model/config.ts';
import { paediatricTriage } from './definition.ts';
import { LEVEL_READS } from './derivedReads.ts';
import { paediatricTriageFixtures } from './fixtures.ts';
import { paediatricTriageSchema } from './schema.ts';

// ARCHITECTURE.md "Files and tests": every schema key has exactly one item, item dependencies are
// acyclic, and every rule id in the spec has a rule and a fixture.

// Read paediatric-triage.md, the clinical source, from ../shared/domain when the
// project's workspace has it, else from the copy that ships with the library (docs/clinical, kept
// identical by clinicalDocs.test.ts).

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../../../..');
const SHARED_SPEC = resolve(repoRoot, '../shared/domain/paediatric-triage.md');
const SHIPPED_SPEC = resolve(repoRoot, 'docs/clinical/paediatric-triage.md');

const readSpec = (path: string): string | undefined =>
  existsSync(path) ? readFileSync(path, 'utf8') : undefined;

/** Rule ids named in the headings ("### P-R12 — …; P-R13 — …" names two). */
const ruleIdsInHeadings = (spec: string): string[] => [
  ...new Set(
    spec
      .split('\n')
      .filter((line) => line.startsWith('#'))
      .flatMap((line) => line.match(/P-R\d+/g) ?? []),
  ),
];

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
    for (const item of items) for (const phase of item.alsoAskedIn ?? []) expect(order).toContain(phase);
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
