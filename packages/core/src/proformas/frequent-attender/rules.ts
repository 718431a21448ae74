import { fa0, fa1, fa2, fa3 } from './rules-level.ts';
import { faJ, faP, faU } from './rules-pattern.ts';
import type { FrequentAttenderRule } from './types.ts';

/** Every rule id frequent-attender.md defines, in the order `firedRules` lists them. */
export const FREQUENT_ATTENDER_RULE_IDS = ['FA0', 'FA1', 'FA2', 'FA3', 'FA-U', 'FA-P', 'FA-J'] as const;

/** Exactly one of FA0–FA3 fires; FA-U, FA-P and FA-J fire in addition ("Precedence and deadlines"). */
export const frequentAttenderRules: readonly FrequentAttenderRule[] = [fa0, fa1, fa2, fa3, faU, faP, faJ];
