import type { NumericConfigKey } from './config.ts';
import type { Sex } from './context.ts';
import type { Level } from './levels.ts';

/**
 * A serialisable condition for `shownWhen` and `requiredWhen` (ARCHITECTURE.md "Content as data").
 * `K` is the proforma's answer keys (a misspelt key fails tsc); `D` its named derived values.
 * Plain data only: no functions, no strings to parse, so the same value translates into FHIR
 * `enableWhen` / expressions.
 */
export type Condition<K extends string = string, D extends string = string> =
  /** The answer equals a value. */
  | { op: 'equals'; key: K; value: string | number }
  /** The answer is one of the values. */
  | { op: 'oneOf'; key: K; values: readonly string[] }
  /** A multi answer contains the value. */
  | { op: 'includes'; key: K; value: string }
  /** A multi answer has at least one value other than those listed (e.g. a sign other than `none`). */
  | { op: 'includesOtherThan'; key: K; values: readonly string[] }
  /** The item has an answer (a non-empty array for multi and group). */
  | { op: 'answered'; key: K }
  | { op: 'all'; of: readonly Condition<K, D>[] }
  | { op: 'any'; of: readonly Condition<K, D>[] }
  | { op: 'not'; of: Condition<K, D> }
  /** A numeric comparison; operands are read from the age, an answer, a config setting or a constant. */
  | { op: 'compare'; left: Operand<K, D>; cmp: Comparator; right: Operand<K, D> }
  | { op: 'sex'; in: readonly Sex[] }
  /** A boolean derived value named in the spec (e.g. `referConcern`). */
  | { op: 'derived'; name: D }
  /** The encounter level (this form's level when assessed alone) is at least the given level. */
  | { op: 'levelAtLeast'; level: Level };

export type Comparator = 'lt' | 'le' | 'gt' | 'ge' | 'eq';

export type Operand<K extends string = string, D extends string = string> =
  | { age: 'years' | 'months' }
  | { config: NumericConfigKey }
  | { value: number }
  | { key: K }
  | { derived: D };

/** Builders that keep item tables short and typed. */
export const conditionBuilders = <K extends string, D extends string = never>() => ({
  eq: (key: K, value: string | number): Condition<K, D> => ({ op: 'equals', key, value }),
  oneOf: (key: K, values: readonly string[]): Condition<K, D> => ({ op: 'oneOf', key, values }),
  has: (key: K, value: string): Condition<K, D> => ({ op: 'includes', key, value }),
  hasOtherThan: (key: K, values: readonly string[]): Condition<K, D> => ({
    op: 'includesOtherThan',
    key,
    values,
  }),
  answered: (key: K): Condition<K, D> => ({ op: 'answered', key }),
  all: (...of: Condition<K, D>[]): Condition<K, D> => ({ op: 'all', of }),
  any: (...of: Condition<K, D>[]): Condition<K, D> => ({ op: 'any', of }),
  not: (of: Condition<K, D>): Condition<K, D> => ({ op: 'not', of }),
  derived: (name: D): Condition<K, D> => ({ op: 'derived', name }),
  sexIn: (...values: Sex[]): Condition<K, D> => ({ op: 'sex', in: values }),
  levelAtLeast: (level: Level): Condition<K, D> => ({ op: 'levelAtLeast', level }),
  compare: (left: Operand<K, D>, cmp: Comparator, right: Operand<K, D>): Condition<K, D> => ({
    op: 'compare',
    left,
    cmp,
    right,
  }),
  ageYears: (cmp: Comparator, right: number | NumericConfigKey): Condition<K, D> => ({
    op: 'compare',
    left: { age: 'years' },
    cmp,
    right: typeof right === 'number' ? { value: right } : { config: right },
  }),
  ageMonths: (cmp: Comparator, right: number | NumericConfigKey): Condition<K, D> => ({
    op: 'compare',
    left: { age: 'months' },
    cmp,
    right: typeof right === 'number' ? { value: right } : { config: right },
  }),
});

/** Every answer key and derived name a condition reads (for the dependency graph). */
export const conditionReads = <K extends string, D extends string>(
  condition: Condition<K, D>,
): { keys: K[]; derived: D[] } => {
  const keys: K[] = [];
  const derived: D[] = [];
  const operand = (o: Operand<K, D>): void => {
    if ('key' in o) keys.push(o.key);
    if ('derived' in o) derived.push(o.derived);
  };
  const walk = (c: Condition<K, D>): void => {
    switch (c.op) {
      case 'equals':
      case 'oneOf':
      case 'includes':
      case 'includesOtherThan':
      case 'answered':
        keys.push(c.key);
        return;
      case 'all':
      case 'any':
        c.of.forEach(walk);
        return;
      case 'not':
        walk(c.of);
        return;
      case 'compare':
        operand(c.left);
        operand(c.right);
        return;
      case 'derived':
        derived.push(c.name);
        return;
      case 'sex':
      case 'levelAtLeast':
        return;
      default:
        c satisfies never;
    }
  };
  walk(condition);
  return { keys, derived };
};
