import { HOW_MET, LIVING_SITUATIONS, PARTNER_AGE_STATUSES, PREGNANCY_OR_STI } from './schema.ts';
import { answerBeforeSignOff, c, options, type CseItem } from './items-common.ts';

// cse.md "Flow" phase 3 (`relationship`): S9, S17, S3, S3.1, M3, R5, S4, S6, S5 (and S5.1).

const partnerShown = c.oneOf('partnerAgeStatus', ['stated', 'unknown-or-wont-say']);

export const relationshipItems: readonly CseItem[] = [
  {
    key: 'sexualActivity',
    code: 'S9',
    phase: 'relationship',
    question: 'Has the young person had any sexual contact, including with someone their own age?',
    type: 'yes-no-unknown',
    shownWhen: c.not(
      c.any(
        ...(
          ['emergency-contraception', 'contraception', 'pregnancy-test', 'sti', 'sexual-assault'] as const
        ).map((reason) => c.has('screenReasons', reason)),
      ),
    ),
    required: true,
    requiredMessage: answerBeforeSignOff('Any sexual contact', 'S9'),
  },
  {
    key: 'pregnancyOrSti',
    code: 'S17',
    phase: 'relationship',
    question:
      'Is the young person pregnant, or do they have an STI? Tick only what is known now (a positive test here, or already diagnosed); leave empty if neither, or if results are awaited',
    type: 'multi',
    options: options(PREGNANCY_OR_STI, { pregnant: 'Pregnant', sti: 'STI diagnosed' }),
    shownWhen: c.all(c.derived('sexualContext'), c.ageYears('lt', 16)),
    required: true,
    // An empty list (neither) answers S17.
    minEntries: 0,
    requiredMessage: answerBeforeSignOff('Pregnant or an STI', 'S17'),
  },
  {
    key: 'partnerAgeStatus',
    code: 'S3',
    phase: 'relationship',
    question:
      'How old is the sexual partner (the current or most recent; if there is more than one, the oldest)?',
    type: 'choice',
    options: options(PARTNER_AGE_STATUSES, {
      stated: 'An age was given',
      'unknown-or-wont-say': 'Does not know or will not say',
      'no-partner': 'No sexual partner',
    }),
    hint: 'An unknown age, or a partner 4 or more years older (site setting), is an amber indicator (M3). An adult partner of an under-16 is red (R5).',
    required: true,
    requiredMessage: answerBeforeSignOff("Partner's age", 'S3'),
  },
  {
    key: 'partnerAgeYears',
    code: 'S3.1',
    phase: 'relationship',
    question: "Partner's age in years, as given",
    type: 'integer',
    min: 0,
    max: 120,
    shownWhen: c.eq('partnerAgeStatus', 'stated'),
    required: true,
    requiredMessage: answerBeforeSignOff("Partner's age in years", 'S3.1'),
  },
  {
    key: 'partnerAgeEvasive',
    code: 'M3',
    phase: 'relationship',
    question: "Was the young person vague or evasive about the partner's age, or do you doubt the age given?",
    hint: 'Already present, whatever you answer, when the partner is much older or the age is unknown.',
    type: 'yes-no-unknown',
    shownWhen: c.eq('partnerAgeStatus', 'stated'),
    required: true,
    requiredMessage: answerBeforeSignOff("Vague about the partner's age", 'M3'),
  },
  {
    key: 'partnerInPositionOfTrust',
    code: 'R5',
    phase: 'relationship',
    question:
      'Does the partner hold a position of trust or authority over the young person (teacher, coach, care or residential worker, youth or faith leader, health worker)?',
    hint: 'Already present, whatever you answer, when the young person is under 16 and the partner is 18 or over.',
    type: 'yes-no-unknown',
    shownWhen: partnerShown,
    required: true,
    requiredMessage: answerBeforeSignOff('Partner in a position of trust', 'R5'),
  },
  {
    key: 'howMetPartner',
    code: 'S4',
    phase: 'relationship',
    question: 'How did they meet?',
    type: 'choice',
    options: options(HOW_MET, {
      'school-college': 'School or college',
      local: 'Local area',
      online: 'Online',
      'through-friends': 'Through friends',
      other: 'Other',
    }),
    hint: 'Meeting online is an amber indicator (M6).',
    shownWhen: partnerShown,
    required: true,
    requiredMessage: answerBeforeSignOff('How they met', 'S4'),
  },
  {
    key: 'livingSituation',
    code: 'S6',
    phase: 'relationship',
    question: 'Where does the young person live?',
    type: 'choice',
    options: options(LIVING_SITUATIONS, {
      parents: 'With parent(s)',
      relative: 'With a relative',
      'foster-care': 'Foster care',
      residential: 'Residential home',
      'supported-independent': 'Supported or independent housing',
      homeless: 'Sofa-surfing or homeless',
    }),
    hint: 'Foster care, a residential home or supported housing is a green indicator (G1).',
    required: true,
    requiredMessage: answerBeforeSignOff('Where they live', 'S6'),
  },
  {
    key: 'seenAlone',
    code: 'S5',
    phase: 'relationship',
    question: 'Was the young person seen alone for part of the consultation?',
    type: 'yes-no',
    required: true,
    requiredMessage: answerBeforeSignOff('Seen alone', 'S5'),
  },
  {
    key: 'notSeenAloneReason',
    code: 'S5.1',
    phase: 'relationship',
    question: 'Why not?',
    type: 'text',
    shownWhen: c.eq('seenAlone', 'no'),
    required: true,
    requiredMessage: answerBeforeSignOff('Why they were not seen alone', 'S5.1'),
  },
];
