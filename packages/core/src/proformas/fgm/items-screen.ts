import { ask, c, type FgmItem } from './items-common.ts';

/** F0–F2 (phase `screen`), in the spec's table order. */
export const screenItems: readonly FgmItem[] = [
  ask({
    key: 'fgmIsIndicatorFound',
    code: 'F0',
    phase: 'screen',
    type: 'yes-no-unknown',
    shownWhen: c.derived('u18'),
    question:
      'Does the national FGM-IS record show a "family history of FGM" indicator for her? (Unknown = could not check.)',
    hint: 'Filled in from the triage (A7.1) when it was checked there: confirm it.',
  }),
  ask({
    key: 'practisingCommunity',
    code: 'F1',
    phase: 'screen',
    type: 'yes-no-unknown',
    question: 'Is she, her partner or her family from a community where FGM ("cutting") is practised?',
  }),
  ask({
    key: 'hasBeenCut',
    code: 'F2',
    phase: 'screen',
    type: 'yes-no-unknown',
    shownWhen: c.all(c.ageYears('ge', 18), c.not(c.sexIn('male'))),
    question: 'Has she been cut? Use her own word for it.',
  }),
];
