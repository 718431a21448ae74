import { cr1, cr2, cr3, cr4, cr6 } from './rules-band.ts';
import { cr5, cr7, cr8, cr9 } from './rules-record.ts';
import type { CseRule } from './types.ts';

/** Every rule id cse.md defines ("Rules"). */
export const CSE_RULE_IDS = ['C-R1', 'C-R2', 'C-R3', 'C-R4', 'C-R5', 'C-R6', 'C-R7', 'C-R8', 'C-R9'] as const;

/**
 * The rules in the order their reasons are shown: C-R7 first ("at the top of the outcome"),
 * then the band and its floors, then the records.
 */
export const cseRules: readonly CseRule[] = [cr7, cr1, cr2, cr3, cr4, cr5, cr6, cr8, cr9];
