import { fgmContext, GIRL_UNSTATED, type FgmFixture } from './fixtures-builder.ts';
import type { FgmAnswers } from './schema.ts';

// Example 4: an 11-year-old whose mother has had FGM, with a long trip planned.
const EX4_CONTEXT = fgmContext('2014-02-01', '2025-06-06T10:00:00+01:00');
const EX4_ANSWERS: Partial<FgmAnswers> = {
  ...GIRL_UNSTATED,
  otherIndicators: ['mother-had-fgm', 'long-trip-planned'],
  fgmIsIndicatorFound: 'no',
  travelOrProcedurePlanned: 'yes',
  plannedDate: '2025-06-20',
};
const PATIENT_ADDED = { add: [{ girl: 'patient', basis: 'mother-had-fgm', dateOfBirth: '2014-02-01' }] };
const DISCUSS_ACTIONS = [
  'INFORM_SAFEGUARDING_LEAD',
  'NOTIFY_GP',
  'NOTIFY_SN',
  'FGM_IS_ADD_INDICATOR',
] as const;

/** fgm.md examples 4 and 5, with boundary rows either side of the imminence window. */
export const imminenceFixtures: readonly FgmFixture[] = [
  {
    name: '11-year-old whose mother has had FGM, flying to a country where FGM is common in 14 days',
    example: '4',
    rules: ['F-R3'],
    context: EX4_CONTEXT,
    answers: EX4_ANSWERS,
    expected: {
      level: 'EMERGENCY',
      actions: [
        'POLICE_999',
        'MASH_REFERRAL',
        'INFORM_SAFEGUARDING_LEAD',
        'NOTIFY_GP',
        'NOTIFY_SN',
        'FGM_IS_ADD_INDICATOR',
      ],
      absent: ['POLICE_101_FGM_REPORT'],
      firedRules: ['F-R3'],
      detail: {
        s5b: { status: 'not-applicable-at-risk' },
        fgmIs: PATIENT_ADDED,
        imminent: true,
        daysToPlanned: 14,
      },
    },
    complete: true,
  },
  {
    name: '11-year-old whose mother has had FGM, flying in 15 days: one day over the imminence window',
    example: '5',
    rules: ['F-R3'],
    context: EX4_CONTEXT,
    answers: { ...EX4_ANSWERS, plannedDate: '2025-06-21' },
    expected: {
      level: 'DISCUSS',
      actions: DISCUSS_ACTIONS,
      absent: ['POLICE_999', 'POLICE_101_FGM_REPORT'],
      firedRules: ['F-R3'],
      detail: { fgmIs: PATIENT_ADDED, imminent: false, daysToPlanned: 15 },
    },
    complete: true,
  },
  {
    name: '11-year-old whose mother has had FGM, flying today (0 days)',
    example: 'boundary',
    rules: ['F-R3'],
    context: EX4_CONTEXT,
    answers: { ...EX4_ANSWERS, plannedDate: '2025-06-06' },
    expected: {
      level: 'EMERGENCY',
      actions: ['POLICE_999'],
      firedRules: ['F-R3'],
      detail: { imminent: true, daysToPlanned: 0 },
    },
    complete: true,
  },
  {
    name: '11-year-old whose mother has had FGM; the planned date was yesterday (not imminent)',
    example: 'boundary',
    rules: ['F-R3'],
    context: EX4_CONTEXT,
    answers: { ...EX4_ANSWERS, plannedDate: '2025-06-05' },
    expected: {
      level: 'DISCUSS',
      actions: DISCUSS_ACTIONS,
      absent: ['POLICE_999'],
      firedRules: ['F-R3'],
      detail: { imminent: false, daysToPlanned: -1 },
    },
    complete: true,
  },
];
