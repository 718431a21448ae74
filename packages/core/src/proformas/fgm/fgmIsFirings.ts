import { firing, type Firing } from '../../model/rule.ts';
import type { FgmDerived } from './types.ts';
import { fgmIsAddSentence } from './wording.ts';

/**
 * fgm.md "Rules", **FGM-IS action**: the rule for the path in use adds FGM_IS_ADD_INDICATOR when
 * `fgmIs.add` is not empty: F-R4 on adultPath, F-R1 / F-R2 for a girl with knownFgm, F-R3 otherwise.
 */
export const fgmIsRuleFor = (derived: FgmDerived): 'F-R1' | 'F-R2' | 'F-R3' | 'F-R4' => {
  if (derived.adultPath) return 'F-R4';
  if (derived.knownFgm) return derived.s5bCase ? 'F-R1' : 'F-R2';
  return 'F-R3';
};

/**
 * One firing per girl to add, each with its sentence, when `rule` is the path in use.
 * SAFER READING: these firings state NOTIFY (the indicator shares information). The path's own
 * firing is at NOTIFY or above in every case but one: a girl under 18 with no Part 2 answers whose
 * listed sister (18 or over) had FGM, where no F-R3 branch holds; the contract still requires
 * FGM_IS_ADD_INDICATOR whenever `fgmIs.add` is not empty, so F-R3 adds it at NOTIFY.
 */
export const fgmIsFirings = (rule: string, derived: FgmDerived): Firing[] =>
  fgmIsRuleFor(derived) === rule
    ? derived.fgmIs.add.map((entry) =>
        firing(rule, 'NOTIFY', ['FGM_IS_ADD_INDICATOR'], fgmIsAddSentence(entry)),
      )
    : [];
