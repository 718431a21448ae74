import { ASSAULT_TIMINGS } from './schema.ts';
import { answerBeforeSignOff, c, options, type CseItem } from './items-common.ts';
import { indicator, type Row } from './items-indicators.ts';

// cse.md "Flow" phase 4 (`indicators`), continued: R1–R8 (R5 is asked in `relationship`), then S10
// and S10.1.

const RED_ROWS: readonly Row[] = [
  [
    'disclosedSexualAbuse',
    'R1',
    'Has the young person disclosed sexual exploitation, rape or sexual assault?',
    'Disclosed sexual abuse',
    'Already present when the screen is for a sexual assault.',
  ],
  [
    'sexExchanged',
    'R2',
    'Has sex been exchanged for money, drugs, alcohol, somewhere to stay, gifts or status?',
    'Sex exchanged',
  ],
  [
    'forcedOrCoercedSex',
    'R3',
    'Made, pushed or pressured into sex, or sex with several or unknown adults?',
    'Forced or pressured into sex',
  ],
  ['traffickedForSex', 'R4', 'Taken or trafficked from place to place for sex?', 'Trafficked for sex'],
  [
    'assaultInjuries',
    'R6',
    'Injuries that suggest physical or sexual assault?',
    'Injuries suggesting assault',
  ],
  [
    'imagesUsedToThreaten',
    'R7',
    'Have images been used to threaten, blackmail or exploit them?',
    'Images used to threaten',
  ],
  [
    'druggedByAdultForSex',
    'R8',
    'Given drink or drugs by an adult, or made intoxicated, in order to have sex?',
    'Given drink or drugs for sex',
  ],
];

/** S10 is asked for a sexual assault, or when R1, R2, R3, R4, R6 or R8 is yes. */
const assaultAsked = c.any(
  c.has('screenReasons', 'sexual-assault'),
  ...(
    [
      'disclosedSexualAbuse',
      'sexExchanged',
      'forcedOrCoercedSex',
      'traffickedForSex',
      'assaultInjuries',
      'druggedByAdultForSex',
    ] as const
  ).map((key) => c.eq(key, 'yes')),
);

export const redAndAssaultItems: readonly CseItem[] = [
  ...RED_ROWS.map(indicator),
  {
    key: 'assaultTiming',
    code: 'S10',
    phase: 'indicators',
    question: 'Do you know when the most recent assault or abusive sexual contact happened?',
    hint: 'Forensic evidence is time-critical: within the forensic window, or if the date is not known, the SARC is contacted now.',
    type: 'choice',
    options: options(ASSAULT_TIMINGS, { 'date-known': 'Date known', 'date-not-known': 'Date not known' }),
    shownWhen: assaultAsked,
    required: true,
    requiredMessage: answerBeforeSignOff('When the most recent assault happened', 'S10'),
  },
  {
    key: 'assaultDate',
    code: 'S10.1',
    phase: 'indicators',
    question: 'Date of the most recent assault',
    hint: 'Not after the date of this attendance.',
    type: 'date',
    shownWhen: c.eq('assaultTiming', 'date-known'),
    required: true,
    requiredMessage: answerBeforeSignOff('Date of the most recent assault', 'S10.1'),
  },
];
