import { conditionBuilders } from '../../model/condition.ts';
import type { Item, ItemOption } from '../../model/item.ts';
import type { HiddenHarmKey } from './schema.ts';
import type { HiddenHarmDerivedName, HiddenHarmPhaseId } from './types.ts';

/** One hidden-harm item: keys, derived names and phases are typed, so a misspelling fails tsc. */
export type HiddenHarmItem = Item<HiddenHarmKey, HiddenHarmDerivedName, HiddenHarmPhaseId>;

export const c = conditionBuilders<HiddenHarmKey, HiddenHarmDerivedName>();

/** Options from the schema's codes and a label for every code (a missing label fails tsc). */
export const options = <T extends string>(
  codes: readonly T[],
  labels: Record<T, string>,
  hints: Partial<Record<T, string>> = {},
): ItemOption[] =>
  codes.map((code) => ({ code, label: labels[code], ...(hints[code] ? { hint: hints[code] } : {}) }));

/** hidden-harm.md "Completion rules": "Answer: <question>" for a required item with no message of its own. */
export const withAnswerMessages = (items: readonly HiddenHarmItem[]): HiddenHarmItem[] =>
  items.map((item) =>
    item.required === false || item.requiredMessage
      ? item
      : { ...item, requiredMessage: `Answer: ${item.question}` },
  );

/** The private-questions gate (H12b): said in every hint of a question about abuse. */
export const ONLY_IN_PRIVATE =
  'Ask only when you are alone with the patient (the question above about being alone is answered yes); otherwise record only what they have already told you.';
