import type { Condition } from './condition.ts';

export type ItemType =
  'yes-no' | 'yes-no-unknown' | 'choice' | 'multi' | 'text' | 'integer' | 'date' | 'date-time' | 'group';

export interface ItemOption {
  /** The option code stored in the answer (kebab-case). */
  code: string;
  /** What the clinician reads. */
  label: string;
  hint?: string;
  /** A multi option that stands alone (e.g. `none`): ticking it clears the others. */
  exclusive?: boolean;
}

/** A field of a repeating group row; its conditions read the row's own fields. */
export interface GroupField<F extends string = string> {
  key: F;
  code: string;
  question: string;
  hint?: string;
  type: Exclude<ItemType, 'group'>;
  options?: readonly ItemOption[];
  min?: number;
  max?: number;
  shownWhen?: Condition<F, never>;
  /** true: required whenever shown; a condition: required when it holds (and shown). */
  required: boolean | Condition<F, never>;
  /** Answers that are recorded but do not complete the field (e.g. `unknown` blocks sign-off). */
  blocksCompletion?: readonly string[];
  /**
   * Completion message when the field is missing; `{row}` is replaced by the row's label and `{n}`
   * by the row's number from 1 (e.g. "Person {n}: … Without it {row} must report").
   */
  requiredMessage?: string;
  /** Completion message when the answer is one of `blocksCompletion`; `{row}` as above. */
  blockedMessage?: string;
}

/**
 * One item of a proforma: typed data (ARCHITECTURE.md "Items are typed data").
 * `K` is the answer keys, `D` the derived values, `P` the phase ids.
 */
export interface Item<K extends string = string, D extends string = string, P extends string = string> {
  key: K;
  /** The spec's code; the FHIR linkId. */
  code: string;
  /** The phase (page) it is asked in. */
  phase: P;
  question: string;
  /** Why the question matters, or how to answer it. */
  hint?: string;
  type: ItemType;
  options?: readonly ItemOption[];
  /** Integer bounds, inclusive. */
  min?: number;
  max?: number;
  /** For multi and group: the fewest entries that complete it when required (0: an empty list answers it). */
  minEntries?: number;
  /** Absent: always shown. */
  shownWhen?: Condition<K, D>;
  /** true: required whenever shown; a condition: required when it holds (and shown). */
  required: boolean | Condition<K, D>;
  /** The completion message when it is missing; names the item and its code. */
  requiredMessage?: string;
  /** Answers that are recorded but do not complete the item (e.g. H1 `unknown` blocks sign-off). */
  blocksCompletion?: readonly string[];
  /** Fields of a repeating group. */
  fields?: readonly GroupField[];
  /** How completion messages name a group row: its answer to `field`, else `${fallback} ${n}`. */
  rowLabel?: { field: string; fallback: string };
  /** Other phases that also ask this item while it is shown (the spec places it in two phases). */
  alsoAskedIn?: readonly P[];
}

/** The options a yes/no or yes/no/not-known item offers. */
export const YES_NO_OPTIONS: readonly ItemOption[] = [
  { code: 'yes', label: 'Yes' },
  { code: 'no', label: 'No' },
];
export const YES_NO_UNKNOWN_OPTIONS: readonly ItemOption[] = [
  ...YES_NO_OPTIONS,
  { code: 'unknown', label: 'Not known' },
];

export const optionsOf = (item: Pick<Item, 'type' | 'options'>): readonly ItemOption[] => {
  if (item.type === 'yes-no') return YES_NO_OPTIONS;
  if (item.type === 'yes-no-unknown') return YES_NO_UNKNOWN_OPTIONS;
  return item.options ?? [];
};
