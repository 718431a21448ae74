import { conditionBuilders } from '../../model/condition.ts';
import type { GroupField, Item, ItemOption } from '../../model/item.ts';
import type { FgmKey } from './schema.ts';
import type { FgmDerivedName, FgmPhaseId } from './types.ts';

/** One FGM item: keys, derived names and phases are all typed, so a misspelling fails tsc. */
export type FgmItem = Item<FgmKey, FgmDerivedName, FgmPhaseId>;

export const c = conditionBuilders<FgmKey, FgmDerivedName>();

/** Options from the schema's codes and a label for every code (a missing label fails tsc). */
export const options = <T extends string>(
  codes: readonly T[],
  labels: Record<T, string>,
  hints: Partial<Record<T, string>> = {},
): ItemOption[] =>
  codes.map((code) => ({ code, label: labels[code], ...(hints[code] ? { hint: hints[code] } : {}) }));

/** fgm.md "Completion rules": "Answer '⟨question⟩' (⟨code⟩) before signing off." */
export const answerBefore = (question: string, code: string): string =>
  `Answer '${question}' (${code}) before signing off.`;

/** fgm.md "Completion rules" for F7, F8 and F13 (an empty list answers them). */
export const tickWhatApplies = (question: string, code: string): string =>
  `Tick what applies in '${question}', or 'None of these' (${code}).`;

/** A required item with the spec's completion message. */
export const ask = (item: Omit<FgmItem, 'required' | 'requiredMessage'>): FgmItem => ({
  ...item,
  required: true,
  requiredMessage: answerBefore(item.question, item.code),
});

/** Group fields: row conditions read the row's own fields. */
export const rowCondition = <F extends string>() => conditionBuilders<F>();
export type Field<F extends string> = GroupField<F>;
