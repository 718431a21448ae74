import {
  FGM_SUBTYPES,
  FGM_TYPES,
  PART_ONE_INDICATORS,
  SUPPORT_OFFER_ANSWERS,
  UNBORN_SEX,
  type FgmSubtype,
} from './codes.ts';
import { ask, c, options, tickWhatApplies, type FgmItem } from './items-common.ts';

/** fgm.md "Flow" 3: shown at once when F13 `requests-reinfibulation` is ticked. */
export const REINFIBULATION_UNLAWFUL =
  'Closing her again (reinfibulation) is against the law and must not be done. Offer a referral to an FGM clinic or specialist service.';

const SUBTYPE_LABELS: Record<FgmSubtype, string> = {
  '1a': '1a: the clitoral hood only',
  '1b': '1b: the clitoris and the hood',
  '2a': '2a: the labia minora only',
  '2b': '2b: the labia minora and the clitoris',
  '2c': '2c: the labia minora, the clitoris and the labia majora',
  '3a': '3a: closed using the labia minora',
  '3b': '3b: closed using the labia majora',
  '4-pricking': '4: pricking',
  '4-piercing': '4: piercing',
  '4-incising': '4: incising',
  '4-scraping': '4: scraping',
  '4-cauterising': '4: cauterising',
  '4-other': '4: another harmful procedure',
  'not-known': 'Not known',
};

const F13_QUESTION = 'Tick any that apply to her';

/** F10–F14 (phase `adultWoman`), in the spec's table order. */
export const womanItems: readonly FgmItem[] = [
  ask({
    key: 'fgmType',
    code: 'F10a',
    phase: 'adultWoman',
    type: 'choice',
    shownWhen: c.derived('adultPath'),
    question: 'Type of FGM (WHO)',
    hint: 'The World Health Organization classification. Record what is already known from her records or from care she needs; do not examine only to classify.',
    options: options(FGM_TYPES, {
      'type-1': 'Type 1: clitoridectomy',
      'type-2': 'Type 2: excision',
      'type-3': 'Type 3: infibulation',
      'type-4': 'Type 4: another harmful procedure',
      unknown: 'Not known',
    }),
  }),
  {
    key: 'fgmSubtype',
    code: 'F10b',
    phase: 'adultWoman',
    type: 'choice',
    required: false,
    shownWhen: c.all(c.derived('adultPath'), c.not(c.eq('fgmType', 'unknown'))),
    question: 'Subtype, if known',
    hint: 'Only the subtypes of the type chosen above can be recorded; change the subtype when you change the type.',
    options: options(FGM_SUBTYPES, SUBTYPE_LABELS),
  },
  ask({
    key: 'pregnant',
    code: 'F12a',
    phase: 'adultWoman',
    type: 'yes-no-unknown',
    shownWhen: c.derived('adultPath'),
    question: 'Is she pregnant?',
  }),
  ask({
    key: 'unbornSex',
    code: 'F12b',
    phase: 'adultWoman',
    type: 'choice',
    shownWhen: c.eq('pregnant', 'yes'),
    question: 'Is the baby known to be a girl?',
    options: options(UNBORN_SEX, { female: 'Girl', male: 'Boy', 'not-known': 'Not known' }),
  }),
  {
    key: 'partOneIndicators',
    code: 'F13',
    phase: 'adultWoman',
    type: 'multi',
    shownWhen: c.derived('adultPath'),
    required: true,
    minEntries: 0,
    question: F13_QUESTION,
    requiredMessage: tickWhatApplies(F13_QUESTION, 'F13'),
    options: options(
      PART_ONE_INDICATORS,
      {
        'daughter-had-fgm': 'A daughter of any age has had FGM',
        'requests-reinfibulation': 'Asks to be closed again',
        'vulnerable-adult': 'Has care and support needs, and is at risk',
        'known-to-social-care': "The family is already known to children's social care",
      },
      { 'requests-reinfibulation': REINFIBULATION_UNLAWFUL },
    ),
  },
  {
    key: 'womansView',
    code: 'F14a',
    phase: 'adultWoman',
    type: 'text',
    required: false,
    shownWhen: c.derived('adultPath'),
    question: 'Her view of FGM, including for her daughters, in her words',
  },
  ask({
    key: 'specialistSupportOffer',
    code: 'F14b',
    phase: 'adultWoman',
    type: 'choice',
    shownWhen: c.derived('adultPath'),
    question: 'You offered support from an FGM clinic or specialist service: her answer',
    options: options(SUPPORT_OFFER_ANSWERS, {
      accepted: 'Accepted',
      declined: 'Declined',
      'already-under-care': 'Already under their care',
    }),
  }),
];
