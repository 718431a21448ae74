import type { ProformaFixture } from '../../model/fixture.ts';
import {
  adult,
  answers,
  bornYearsAgo,
  child,
  dash,
  dashOthers,
  disclosedVictim,
  inCare,
  maracDetails,
  SUMMARY,
} from './fixtures-build.ts';
import type { HiddenHarmAnswers } from './schema.ts';

type Fixture = ProformaFixture<HiddenHarmAnswers>;

export const PLAN = 'Their other parent has them tonight, as usual; no contact visit is due.';

/** hidden-harm.md "Worked examples" 1–5. */
export const examplesOneToFive: Fixture[] = [
  {
    name: 'Father in alcohol withdrawal whose 15-year-old son has a social worker',
    example: '1',
    rules: ['A-R4', 'A-R9'],
    context: adult(41, 'male'),
    answers: answers({
      presentingReasons: ['substance-misuse'],
      childrenUnder18: 'yes',
      children: [
        child('Leo Example', bornYearsAgo(15), {
          whereNow: 'school-childcare',
          whoCaringNow: 'childcare-school',
          carerName: 'Ms Example, head of year',
          cpisStatus: 'cin',
        }),
      ],
      ...inCare(PLAN),
      concernSummary: SUMMARY,
    }),
    expected: {
      level: 'REFER',
      actions: ['CPIS_INFORM_SOCIAL_WORKER', 'INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['MASH_REFERRAL', 'MENTAL_HEALTH_REVIEW', 'NOTIFY_HV'],
      firedRules: ['A-R4', 'A-R9'],
      detail: { maracRoutes: [], householdFactors: ['sub'] },
    },
    complete: true,
  },
  {
    name: 'Young mother after self-harm and drug misuse, her 3-year-old daughter at nursery',
    example: '2',
    rules: ['A-R3', 'A-R8'],
    context: adult(22, 'female'),
    answers: answers({
      presentingReasons: ['self-harm', 'substance-misuse'],
      childrenUnder18: 'yes',
      children: [
        child('Mia Example', bornYearsAgo(3), {
          sex: 'female',
          whereNow: 'school-childcare',
          whoCaringNow: 'childcare-school',
        }),
      ],
      ...inCare(PLAN),
      concernSummary: SUMMARY,
    }),
    expected: {
      level: 'REFER',
      actions: [
        'MASH_REFERRAL',
        'INFORM_SAFEGUARDING_LEAD',
        'NOTIFY_GP',
        'NOTIFY_HV',
        'MENTAL_HEALTH_REVIEW',
      ],
      absent: ['NOTIFY_SN', 'POLICE_999'],
      firedRules: ['A-R3', 'A-R8'],
      detail: { maracRoutes: [], householdFactors: ['sub', 'mh'] },
    },
    complete: true,
  },
  {
    name: 'Woman telling of domestic abuse, risk checklist score 13, who sees her children only supervised',
    example: '3',
    rules: ['A-R1', 'A-R5', 'A-R6'],
    context: adult(36, 'female'),
    answers: answers({
      presentingReasons: ['domestic-abuse'],
      otherChildrenElsewhere: 'yes',
      contactWithChildrenElsewhere: 'supervised',
      ...disclosedVictim({ incidentsLast12Months: 2 }),
      ...dash(['dashFearsFurtherInjury', ...dashOthers(12)]),
      concernSummary: SUMMARY,
    }),
    expected: {
      level: 'NOTIFY',
      actions: ['IDVA_OR_DA_SERVICE', 'NOTIFY_GP'],
      absent: ['MARAC_REFERRAL', 'MASH_REFERRAL', 'ROUTINE_SUMMARY'],
      firedRules: ['A-R1', 'A-R5', 'A-R6'],
      detail: { dashScore: 13, maracRoutes: [], householdFactors: ['da'] },
    },
    complete: true,
  },
  {
    name: 'Pregnant 19-year-old telling of domestic abuse, risk checklist score 14',
    example: '4',
    rules: ['A-R3', 'A-R6'],
    context: adult(19, 'female'),
    answers: answers({
      presentingReasons: ['domestic-abuse'],
      pregnant: 'yes',
      pregnantPerson: 'patient',
      gestationWeeks: 12,
      ...disclosedVictim({ incidentsLast12Months: 1 }),
      ...dash(['dashFearsFurtherInjury', ...dashOthers(13)]),
      dashFearsDetail: 'That he will hurt the baby.',
      ...maracDetails,
      concernSummary: SUMMARY,
    }),
    expected: {
      level: 'REFER',
      actions: [
        'MASH_REFERRAL',
        'INFORM_SAFEGUARDING_LEAD',
        'NOTIFY_GP',
        'MATERNITY_SAFEGUARDING_NOTIFY',
        'MARAC_REFERRAL',
        'IDVA_OR_DA_SERVICE',
      ],
      absent: ['NOTIFY_HV', 'NOTIFY_SN', 'POLICE_999'],
      firedRules: ['A-R3', 'A-R6'],
      detail: { dashScore: 14, maracRoutes: ['visible-high-risk'], householdFactors: ['da'] },
    },
    complete: true,
  },
  {
    name: 'Older man with care needs telling of abuse, three incidents this year, who declined the checklist',
    example: '5',
    rules: ['A-R6', 'A-R7', 'A-R1'],
    context: adult(58, 'male'),
    answers: answers({
      presentingReasons: ['domestic-abuse'],
      patientAdultAtRisk: 'yes',
      ...disclosedVictim({ dashAgreed: 'no', incidentsLast12Months: 3 }),
      ...maracDetails,
      concernSummary: SUMMARY,
    }),
    expected: {
      level: 'REFER',
      actions: [
        'MARAC_REFERRAL',
        'IDVA_OR_DA_SERVICE',
        'INFORM_SAFEGUARDING_LEAD',
        'ADULT_SAFEGUARDING_CONSIDER',
      ],
      absent: ['MASH_REFERRAL'],
      firedRules: ['A-R1', 'A-R6', 'A-R7'],
      detail: { dashScore: undefined, maracRoutes: ['potential-escalation'], householdFactors: ['da'] },
    },
    complete: true,
  },
];
