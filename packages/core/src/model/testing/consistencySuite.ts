import { describe, expect, it } from 'vitest';
import type { ProformaFixture } from '../fixture.ts';
import { evaluateProforma } from '../evaluateProforma.ts';
import type { AnyProformaDefinition } from '../proforma.ts';
import {
  conditionReferenceProblems,
  dependencyCycle,
  duplicateCodes,
  itemDependencies,
  ruleIdsInSpec,
  schemaItemMismatches,
} from './definitionConsistency.ts';

// The checks every proforma's consistency.test.ts runs (ARCHITECTURE.md "Content as data"):
// schema ↔ items, group rows, codes, phases, conditions, derived values, the dependency graph,
// rule ids ↔ rules ↔ fixtures ↔ the spec. Each file adds only what is particular to its proforma.

type Fixture = ProformaFixture<Record<string, unknown>>;

export type DefinitionConsistencyOptions = {
  definition: AnyProformaDefinition;
  /** The keys of the proforma's zod object schema (`Object.keys(schema.shape)`). */
  schemaKeys: readonly string[];
  /** Group item key → the keys of its row schema. */
  rowSchemaKeys?: Record<string, readonly string[]>;
  fixtures: readonly Fixture[];
  /** The rule ids the rules module exports (e.g. `CSE_RULE_IDS`). */
  ruleIds: readonly string[];
  /** Whether `definition.rules` follows `ruleIds` order (else the same ids in any order). */
  rulesInIdOrder?: boolean;
  /** Which fixtures count as the fixture of a rule id (default: any fixture citing it). */
  isRuleFixture?: (fixture: Fixture, id: string) => boolean;
  /** The phase ids of the spec's "Flow", in order: every item sits in one. */
  phases?: readonly string[];
  /** Whether the items are listed in phase order (default true; false where codes fix the order). */
  itemsInPhaseOrder?: boolean;
  /** Worked examples (fixture `example` values) the spec has. */
  examples?: readonly string[];
  /** Edges the item dependency graph must have (item → an answer key it reads): the graph is real. */
  dependsOn?: readonly (readonly [item: string, reads: string])[];
  /** Answer keys the encounter level reads, for items shown by `levelAtLeast` (paediatric triage). */
  levelReads?: readonly string[];
  /** The spec's markdown (the repository's docs/clinical copy, kept identical to the source). */
  spec: string;
  /** The spec's rule ids: a pattern for `ruleIdsInSpec`, or a reader of its own. */
  specRuleIds: RegExp | ((markdown: string) => string[]);
};

const byFixture = (fixture: Fixture, id: string) => fixture.rules.includes(id);

/** Registers the shared consistency checks as one `describe` block named after the proforma. */
export const describeDefinitionConsistency = (options: DefinitionConsistencyOptions): void => {
  const { definition, fixtures, ruleIds } = options;
  const isRuleFixture = options.isRuleFixture ?? byFixture;

  describe(`${definition.id} definition consistency (shared checks)`, () => {
    it('has exactly one item per schema key, and no item without a key', () => {
      expect(schemaItemMismatches(definition, options.schemaKeys)).toEqual({
        keysWithoutItem: [],
        itemsWithoutKey: [],
        itemsTwice: [],
      });
      expect(definition.items.length).toBe(options.schemaKeys.length);
    });

    it('has one group field per row key in each group', () => {
      for (const [key, rowKeys] of Object.entries(options.rowSchemaKeys ?? {})) {
        const fields = definition.items.find((i) => i.key === key)?.fields?.map((f) => f.key) ?? [];
        expect([...fields].sort(), key).toEqual([...rowKeys].sort());
      }
    });

    it('uses every code (linkId) once, group fields included', () => {
      expect(duplicateCodes(definition)).toEqual([]);
    });

    it('places every item in a phase of the Flow (in phase order unless codes fix the order)', () => {
      const phaseIds = definition.phases.map((p) => p.id);
      if (options.phases) expect(phaseIds).toEqual([...options.phases]);
      const order = definition.items.map((i) => phaseIds.indexOf(i.phase));
      expect(order.every((i) => i >= 0)).toBe(true);
      if (options.itemsInPhaseOrder !== false) expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const item of definition.items)
        for (const other of item.alsoAskedIn ?? []) expect(phaseIds, item.key).toContain(other);
    });

    it('has conditions that read only existing keys, row fields and declared boolean derived values', () => {
      expect(conditionReferenceProblems(definition)).toEqual([]);
    });

    it('names only boolean derived values in conditions (checked on every fixture)', () => {
      expect(fixtures.length).toBeGreaterThan(0);
      for (const fixture of fixtures) {
        const { derived } = evaluateProforma(definition, fixture.answers, fixture.context);
        for (const name of Object.keys(definition.derivedReads))
          expect(typeof derived[name], `${fixture.name}: ${name}`).toBe('boolean');
      }
    });

    it('has an acyclic item dependency graph, and the graph is real', () => {
      const graph = itemDependencies(definition, options.levelReads);
      expect(dependencyCycle(graph)).toBeUndefined();
      for (const [item, reads] of options.dependsOn ?? [])
        expect(graph.get(item)?.has(reads), `${item} reads ${reads}`).toBe(true);
    });

    it('finds a cycle when there is one (the check can fail)', () => {
      const cycle = new Map([
        ['a', new Set(['b'])],
        ['b', new Set(['a'])],
      ]);
      expect(dependencyCycle(cycle)).toEqual(['a', 'b', 'a']);
      expect(dependencyCycle(new Map([['a', new Set(['a'])]]))).toEqual(['a', 'a']);
    });

    it('has a rule for every rule id, and every rule an id', () => {
      expect(definition.ruleIds).toEqual(ruleIds);
      const ids = definition.rules.map((r) => r.id);
      if (options.rulesInIdOrder === false) expect([...ids].sort()).toEqual([...ruleIds].sort());
      else expect(ids).toEqual([...ruleIds]);
    });

    it.each([...ruleIds])('%s has a fixture', (id) => {
      expect(fixtures.some((f) => isRuleFixture(f, id))).toBe(true);
    });

    it('has every worked example of the spec as a fixture, and unique fixture names', () => {
      const examples = new Set(fixtures.map((f) => f.example));
      for (const n of options.examples ?? []) expect(examples, `example ${n}`).toContain(n);
      expect(new Set(fixtures.map((f) => f.name)).size).toBe(fixtures.length);
    });

    it('defines exactly the rule ids found in the headings and tables of the spec', () => {
      expect(ruleIds.length).toBeGreaterThan(0);
      const found =
        typeof options.specRuleIds === 'function'
          ? options.specRuleIds(options.spec)
          : ruleIdsInSpec(options.spec, options.specRuleIds);
      expect([...found].sort()).toEqual([...ruleIds].sort());
    });
  });
};
