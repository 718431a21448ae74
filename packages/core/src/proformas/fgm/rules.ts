import { fr1, fr2 } from './rules-girl.ts';
import { fr3, fr6 } from './rules-risk.ts';
import { fr4, fr5 } from './rules-woman.ts';
import type { FgmRule } from './types.ts';

/** Every rule of fgm.md "Rules", in the spec's order. */
export const fgmRules: readonly FgmRule[] = [fr1, fr2, fr3, fr4, fr5, fr6];

/** Every rule id fgm.md defines (its "Rules" headings). */
export const FGM_RULE_IDS = ['F-R1', 'F-R2', 'F-R3', 'F-R4', 'F-R5', 'F-R6'] as const;
