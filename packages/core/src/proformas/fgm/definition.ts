import type { Phase, ProformaAlert, ProformaDefinition } from '../../model/proforma.ts';
import { deriveFgm } from './derived.ts';
import { fgmDerivedReads } from './derivedReads.ts';
import { fgmCompletionChecks, fgmDetail } from './detail.ts';
import { c } from './items-common.ts';
import { S5B_PANEL } from './items-reporters.ts';
import { REINFIBULATION_UNLAWFUL } from './items-woman.ts';
import { fgmItems } from './items.ts';
import { FGM_RULE_IDS, fgmRules } from './rules.ts';
import { fgmSchema, type FgmAnswers, type FgmKey } from './schema.ts';
import type { FgmDerived, FgmDerivedName, FgmPhaseId } from './types.ts';

/** The phases of fgm.md "Flow" (review and signed off are the shared lifecycle's). */
const phases: readonly Phase<FgmPhaseId>[] = [
  { id: 'screen', title: 'Screen' },
  { id: 'hasFgmHappened', title: 'Has FGM happened' },
  { id: 'adultWoman', title: 'Adult woman' },
  { id: 'family', title: 'Family' },
  { id: 'riskToGirls', title: 'Risk to girls' },
];

/**
 * fgm.md "Flow" 1: under 18 → *has FGM happened*; 18+ with hasBeenCut = yes → *adult woman*;
 * otherwise → *family*. *Risk to girls* while Part 2 is shown or live.
 */
const phaseShownWhen = {
  hasFgmHappened: c.derived('u18'),
  adultWoman: c.derived('adultPath'),
  // SAFER READING: "F-R6 makes sure Part 2 is asked" is read through partTwoShown / partTwoLive as
  // defined; F0 = yes raises the fgmIsOnRecord banner and F7's hint asks about mother and sisters.
  riskToGirls: c.any(c.derived('partTwoShown'), c.derived('partTwoLive')),
};

/** The panels of fgm.md "Flow", shown the moment their condition holds. */
const alerts: readonly ProformaAlert<FgmKey, FgmDerivedName>[] = [
  { id: 's5bDuty', when: c.derived('s5bCase'), message: S5B_PANEL },
  {
    id: 'thirdPartyOnly',
    when: c.all(c.derived('knownFgm'), c.not(c.derived('s5bCase'))),
    message:
      'The police-report duty (s5B) does not apply: she has not told staff herself and no signs were seen. Follow local safeguarding: phone the MASH now, and tell the police today.',
  },
  {
    id: 'reinfibulationUnlawful',
    when: c.has('partOneIndicators', 'requests-reinfibulation'),
    message: REINFIBULATION_UNLAWFUL,
  },
  {
    id: 'fgmIsOnRecord',
    when: c.eq('fgmIsIndicatorFound', 'yes'),
    message:
      'The FGM-IS record already shows a family-history indicator for her: ask about her mother and her sisters (Part 2).',
  },
];

export const fgm: ProformaDefinition<FgmAnswers, FgmDerived, FgmPhaseId> = {
  id: 'fgm',
  title: 'FGM: female genital mutilation and the police-report duty',
  purpose:
    'Has a girl under 18 had FGM, and who must report it to the police on 101; is any girl in the family at risk, and how soon; and, for a woman with FGM, what her daughters and any unborn baby need.',
  // fgm.md carries no version number; this is the rule-set version (coding.md: Questionnaire.version).
  specVersion: '0.1.0',
  reviewStatus: 'draft',
  schema: fgmSchema,
  items: fgmItems,
  phases,
  phaseShownWhen,
  alerts,
  derive: deriveFgm,
  derivedReads: fgmDerivedReads,
  rules: fgmRules,
  detail: (input) => fgmDetail(input),
  completionChecks: fgmCompletionChecks,
  ruleIds: FGM_RULE_IDS,
};
