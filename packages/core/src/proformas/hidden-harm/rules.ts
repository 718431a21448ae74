import type { ActionCode } from '../../model/actions.ts';
import type { Level } from '../../model/levels.ts';
import { ar6, ar7, ar8 } from './rules-adult.ts';
import { ar1, ar3, ar4, ar5, ar9 } from './rules-children.ts';
import { ar10, ar2 } from './rules-danger.ts';
import type { HiddenHarmInput, HiddenHarmRule } from './types.ts';

/**
 * Every rule of hidden-harm.md "Rules", in evaluation order (its "Precedence" 1): A-R4 reads whether
 * A-R2 or A-R3 fired, A-R5 whether A-R2 to A-R4 fired, A-R9 whether A-R4 fired. A-R6 (a) and (b)
 * exclude each other inside A-R6; A-R10 stands alone.
 */
export const hiddenHarmRules: readonly HiddenHarmRule[] = [ar1, ar2, ar3, ar4, ar5, ar6, ar7, ar8, ar9, ar10];

/** The rule ids the spec defines (hidden-harm.md headings A-R1 … A-R10). */
export const HIDDEN_HARM_RULE_IDS = [
  'A-R1',
  'A-R2',
  'A-R3',
  'A-R4',
  'A-R5',
  'A-R6',
  'A-R7',
  'A-R8',
  'A-R9',
  'A-R10',
] as const;

/** hidden-harm.md "Precedence" 3: at NO_CONCERN, the routine summary goes to the patient's GP. */
export const hiddenHarmLevelActions = (_input: HiddenHarmInput, level: Level): readonly ActionCode[] =>
  level === 'NO_CONCERN' ? ['ROUTINE_SUMMARY'] : [];
