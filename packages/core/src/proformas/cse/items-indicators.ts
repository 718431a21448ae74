import type { CseKey } from './schema.ts';
import { answerBeforeSignOff, type CseItem } from './items-common.ts';

// cse.md "Flow" phase 4 (`indicators`): G1–G7, then M1–M10 (M3 is asked in `relationship`); the red
// indicators and S10 follow in items-red.ts. Every indicator is yes / no / not known, always shown, required.

/** [key, code, question, short question for the completion message, hint] */
export type Row = readonly [CseKey, string, string, string, string?];

const ROWS: readonly Row[] = [
  [
    'lookedAfterOrCareLeaver',
    'G1',
    'Looked after, a care leaver, or living in residential or supported accommodation?',
    'Looked after or a care leaver',
    'Already present when they live in foster care, a residential home or supported housing.',
  ],
  [
    'chaoticHomeOrPastAbuse',
    'G2',
    'Chaotic home life (domestic abuse, parental substance misuse or mental ill-health), past abuse, or a recent bereavement?',
    'Chaotic home life or past abuse',
  ],
  [
    'learningDisability',
    'G3',
    'Learning disability or learning difficulty?',
    'Learning disability',
    'A young person with a learning disability is never rated low.',
  ],
  [
    'lowSelfEsteemOrMentalHealth',
    'G4',
    'Low self-esteem, a mental-health problem, or superficial self-harm?',
    'Low self-esteem or mental health',
  ],
  [
    'poorSchoolAttendance',
    'G5',
    'Poor school attendance or disengaged from school?',
    'Poor school attendance',
  ],
  [
    'experimentingAlcoholDrugs',
    'G6',
    'Experimenting with alcohol or drugs?',
    'Experimenting with alcohol or drugs',
  ],
  ['friendsBeingExploited', 'G7', 'Has friends who are being sexually exploited?', 'Friends being exploited'],
  [
    'goingMissing',
    'M1',
    'Goes missing from home or care, or stays out overnight without explanation?',
    'Goes missing',
  ],
  [
    'unexplainedMoneyOrGifts',
    'M2',
    'Has money, a phone, clothes or gifts they cannot explain?',
    'Unexplained money or gifts',
  ],
  [
    'repeatEcStiOrPregnancy',
    'M4',
    'Needed EC at least twice in the last 12 months (today counts), had an STI more than once, or been pregnant before (including a termination)?',
    'Repeat EC, STI or pregnancy',
  ],
  [
    'olderAssociatesOrGangs',
    'M5',
    'Spends time with older people or groups, is linked to a gang, or is picked up by unknown adults or in unknown cars?',
    'Older associates or gangs',
  ],
  [
    'onlineSexualRisk',
    'M6',
    'Sends, or is asked for, sexual images; met the partner online; or meets people from online alone?',
    'Online sexual risk',
    'Already present when they met the partner online.',
  ],
  [
    'problematicSubstanceUse',
    'M7',
    'Problem drug or alcohol use, or sex with peers while drunk or high?',
    'Problem drug or alcohol use',
  ],
  [
    'controllingCompanion',
    'M8',
    'Came with an older, controlling person, or is not allowed to be seen alone?',
    'Controlling companion',
  ],
  [
    'selfHarmOrEatingDisorder',
    'M9',
    'Self-harm with intent to die, or an eating disorder?',
    'Self-harm or eating disorder',
  ],
  [
    'excludedOrNotInEducation',
    'M10',
    'Excluded from school, or not in education, employment or training?',
    'Excluded or not in education',
  ],
];

export const indicator = ([key, code, question, short, hint]: Row): CseItem => ({
  key,
  code,
  phase: 'indicators',
  question,
  ...(hint ? { hint } : {}),
  type: 'yes-no-unknown',
  required: true,
  requiredMessage: answerBeforeSignOff(short, code),
});

export const greenAmberItems: readonly CseItem[] = ROWS.map(indicator);
