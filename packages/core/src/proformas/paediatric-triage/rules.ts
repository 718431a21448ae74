import { pr5 } from './rules-discuss.ts';
import { pr11 } from './rules-leaving.ts';
import { pr6, pr7, pr9, pr12, pr13 } from './rules-notify.ts';
import { pr1, pr2, pr3, pr4 } from './rules-refer.ts';
import { pr8 } from './rules-summary.ts';
import { pr10 } from './rules-young-person.ts';
import type { TriageRule } from './types.ts';

/**
 * Every rule of paediatric-triage.md "Rules", in evaluation order. Order matters: P-R6 escalates on
 * P-R1, P-R2, P-R3, P-R5, P-R10 and P-R11, so it runs after them; P-R8 runs last because it fires
 * only when none of the level-raising rules fired.
 */
export const paediatricTriageRules: readonly TriageRule[] = [
  pr1,
  pr2,
  pr3,
  pr4,
  pr5,
  pr10,
  pr11,
  pr6,
  pr7,
  pr9,
  pr12,
  pr13,
  pr8,
];

/** The rule ids the spec defines (paediatric-triage.md headings P-R1 … P-R13). */
export const PAEDIATRIC_TRIAGE_RULE_IDS = [
  'P-R1',
  'P-R2',
  'P-R3',
  'P-R4',
  'P-R5',
  'P-R6',
  'P-R7',
  'P-R8',
  'P-R9',
  'P-R10',
  'P-R11',
  'P-R12',
  'P-R13',
] as const;
