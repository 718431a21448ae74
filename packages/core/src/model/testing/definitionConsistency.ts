import { conditionReads, type Condition } from '../condition.ts';
import type { AnyProformaDefinition } from '../proforma.ts';

// Test support for each proforma's consistency.test.ts (ARCHITECTURE.md "Content as data"): pure
// functions that return what is wrong, so a test asserts an empty list and the failure names it.

type Definition = AnyProformaDefinition;
type Item = Definition['items'][number];

/** Answer keys with no item, and items with no schema key (one-to-one both ways). */
export const schemaItemMismatches = (definition: Definition, schemaKeys: readonly string[]) => {
  const itemKeys = definition.items.map((item: Item) => item.key);
  return {
    keysWithoutItem: schemaKeys.filter((key) => !itemKeys.includes(key)),
    itemsWithoutKey: itemKeys.filter((key) => !schemaKeys.includes(key)),
    itemsTwice: itemKeys.filter((key, index) => itemKeys.indexOf(key) !== index),
  };
};

/** Codes (linkIds) used more than once across items and group fields. */
export const duplicateCodes = (definition: Definition): string[] => {
  const codes = definition.items.flatMap((item: Item) => [
    item.code,
    ...(item.fields ?? []).map((f) => f.code),
  ]);
  return [...new Set(codes.filter((code, index) => codes.indexOf(code) !== index))];
};

/** Every condition of the definition, labelled by where it sits. */
export const conditionsOf = (definition: Definition): { where: string; condition: Condition }[] => {
  const found: { where: string; condition: Condition }[] = [];
  for (const item of definition.items as readonly Item[]) {
    if (item.shownWhen) found.push({ where: `${item.key}.shownWhen`, condition: item.shownWhen });
    if (typeof item.required !== 'boolean')
      found.push({ where: `${item.key}.required`, condition: item.required });
  }
  const phases = (definition.phaseShownWhen ?? {}) as Record<string, Condition | undefined>;
  for (const [phase, condition] of Object.entries(phases))
    if (condition) found.push({ where: `phase ${phase}`, condition });
  for (const alert of definition.alerts ?? [])
    found.push({ where: `alert ${alert.id}`, condition: alert.when });
  return found;
};

/**
 * Conditions that read an answer key that is not an item, or a derived name that is not a
 * declared boolean derived value (`derivedReads`); group-field conditions that read a field the
 * row does not have.
 */
export const conditionReferenceProblems = (definition: Definition): string[] => {
  const keys = new Set(definition.items.map((item: Item) => item.key));
  const derivedNames = new Set(Object.keys(definition.derivedReads));
  const problems: string[] = [];
  for (const { where, condition } of conditionsOf(definition)) {
    const reads = conditionReads(condition);
    for (const key of reads.keys) if (!keys.has(key)) problems.push(`${where} reads unknown key "${key}"`);
    for (const name of reads.derived)
      if (!derivedNames.has(name)) problems.push(`${where} reads undeclared derived value "${name}"`);
  }
  for (const item of definition.items as readonly Item[]) {
    const fieldKeys = new Set((item.fields ?? []).map((f) => f.key));
    for (const field of item.fields ?? []) {
      const conditions = [field.shownWhen, typeof field.required === 'boolean' ? undefined : field.required];
      for (const condition of conditions) {
        if (!condition) continue;
        const reads = conditionReads(condition);
        for (const key of reads.keys)
          if (!fieldKeys.has(key)) problems.push(`${item.key}.${field.key} reads unknown field "${key}"`);
        if (reads.derived.length > 0) problems.push(`${item.key}.${field.key} reads a derived value`);
      }
    }
  }
  for (const [name, reads] of Object.entries(definition.derivedReads as Record<string, readonly string[]>))
    for (const key of reads)
      if (!keys.has(key)) problems.push(`derived "${name}" reads unknown key "${key}"`);
  return problems;
};

/** Whether a condition reads the encounter level (`levelAtLeast`, at any depth). */
export const readsLevel = (condition: Condition): boolean =>
  condition.op === 'levelAtLeast' ||
  ((condition.op === 'all' || condition.op === 'any') && condition.of.some(readsLevel)) ||
  (condition.op === 'not' && readsLevel(condition.of));

/**
 * Which answer keys each item's shownWhen / required reads, through the derived values too, and
 * through the level (`levelReads`: the answers the level reads) where a condition uses it.
 */
export const itemDependencies = (
  definition: Definition,
  levelReads: readonly string[] = [],
): Map<string, Set<string>> => {
  const derivedReads = definition.derivedReads as Record<string, readonly string[]>;
  const graph = new Map<string, Set<string>>();
  for (const item of definition.items as readonly Item[]) {
    const deps = new Set<string>();
    for (const condition of [
      item.shownWhen,
      typeof item.required === 'boolean' ? undefined : item.required,
    ]) {
      if (!condition) continue;
      const reads = conditionReads(condition);
      reads.keys.forEach((key) => deps.add(key));
      reads.derived.forEach((name) => (derivedReads[name] ?? []).forEach((key) => deps.add(key)));
      if (readsLevel(condition)) levelReads.forEach((key) => deps.add(key));
    }
    graph.set(item.key, deps);
  }
  return graph;
};

/** A dependency cycle among items (e.g. ['a', 'b', 'a']), or undefined when the graph is acyclic. */
export const dependencyCycle = (graph: Map<string, Set<string>>): string[] | undefined => {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: string, path: string[]): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'visiting') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'visiting');
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next, [...path, node]);
      if (cycle) return cycle;
    }
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node, []);
    if (cycle) return cycle;
  }
  return undefined;
};

/**
 * Rule ids a spec file defines: those that open a heading (`### F-R1 Title`) or the first cell of
 * a table row (`| FA2 | …`), matching `idPattern` (e.g. /F-R\d+/). Sorted, without repeats.
 */
export const ruleIdsInSpec = (markdown: string, idPattern: RegExp): string[] => {
  const id = idPattern.source;
  const heading = new RegExp(`^#{2,6}\\s+(${id})\\b`, 'gm');
  const tableCell = new RegExp(`^\\|\\s*(${id})\\s*\\|`, 'gm');
  const ids = [...markdown.matchAll(heading), ...markdown.matchAll(tableCell)].map((m) => m[1] ?? '');
  return [...new Set(ids)].sort();
};
