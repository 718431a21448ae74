import { conditionBuilders } from '../../model/condition.ts';
import type { Item, ItemOption } from '../../model/item.ts';
import type { CseKey } from './schema.ts';
import type { CseDerivedName, CsePhaseId } from './types.ts';

export type CseItem = Item<CseKey, CseDerivedName, CsePhaseId>;

/** Typed condition builders: a misspelt key or derived name fails tsc. */
export const c = conditionBuilders<CseKey, CseDerivedName>();

/** cse.md "Completion rules": "Answer '<short question>' (<code>) before signing off." */
export const answerBeforeSignOff = (short: string, code: string): string =>
  `Answer '${short}' (${code}) before signing off.`;

/** Options from the schema's codes, in order, with their labels. */
export const options = <T extends string>(codes: readonly T[], labels: Record<T, string>): ItemOption[] =>
  codes.map((code) => ({ code, label: labels[code] }));
