import type { ProformaFixture } from '../../model/fixture.ts';
import { adult, answers, bornYearsAgo, child, inCare, SUMMARY } from './fixtures-build.ts';
import { PLAN } from './fixtures-examples.ts';
import type { HiddenHarmAnswers } from './schema.ts';

type Fixture = ProformaFixture<HiddenHarmAnswers>;

/** Scenarios for clauses the worked examples do not reach on their own. */
export const clauseFixtures: Fixture[] = [
  {
    name: 'Father assaulted in the street; his 7-year-old saw it',
    example: 'clause A-R3 (ii): a child witness',
    rules: ['A-R3'],
    context: adult(39, 'male'),
    answers: answers({
      presentingReasons: ['assault'],
      childrenUnder18: 'yes',
      children: [
        child('Jack Example', bornYearsAgo(7), { whereNow: 'in-department', whoCaringNow: 'patient' }),
      ],
      ...inCare(PLAN),
      childrenWitnessed: 'yes',
      concernSummary: SUMMARY,
    }),
    expected: {
      level: 'REFER',
      actions: ['MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['POLICE_999'],
      firedRules: ['A-R3'],
      detail: { maracRoutes: [], householdFactors: [] },
    },
    complete: true,
  },
  {
    name: 'Intoxicated man whose partner is pregnant',
    example: 'clause A-R3 (ii): an unborn child and alcohol or drugs',
    rules: ['A-R3'],
    context: adult(24, 'male'),
    answers: answers({
      presentingReasons: ['intoxication'],
      pregnant: 'yes',
      pregnantPerson: 'partner',
      concernSummary: SUMMARY,
    }),
    expected: {
      level: 'REFER',
      actions: ['MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'MATERNITY_SAFEGUARDING_NOTIFY'],
      absent: ['NOTIFY_HV', 'NOTIFY_SN'],
      firedRules: ['A-R3'],
    },
    complete: true,
  },
  {
    name: 'Woman after self-harm who cares for her disabled father, left alone tonight',
    example: 'clause A-R7: a dependent adult not cared for',
    rules: ['A-R7', 'A-R8'],
    context: adult(50, 'female'),
    answers: answers({
      presentingReasons: ['self-harm'],
      otherDependants: 'yes',
      dependantCaredForNow: 'no',
      concernSummary: SUMMARY,
    }),
    expected: {
      level: 'DISCUSS',
      actions: ['ADULT_SAFEGUARDING_CONSIDER', 'MENTAL_HEALTH_REVIEW'],
      absent: ['ROUTINE_SUMMARY'],
      firedRules: ['A-R7', 'A-R8'],
    },
    complete: true,
  },
  {
    name: 'Father with a sprained ankle whose son is on a child protection plan',
    example: 'clause A-R9 without A-R4: NOTIFY',
    rules: ['A-R9'],
    context: adult(44, 'male'),
    answers: answers({
      presentingReasons: ['other'],
      childrenUnder18: 'yes',
      children: [child('Finn Example', bornYearsAgo(9), { whereNow: 'school-childcare', cpisStatus: 'cpp' })],
      ...inCare(PLAN),
      concernSummary: SUMMARY,
    }),
    expected: {
      level: 'NOTIFY',
      actions: ['CPIS_INFORM_SOCIAL_WORKER'],
      absent: ['INFORM_SAFEGUARDING_LEAD', 'MASH_REFERRAL'],
      firedRules: ['A-R9'],
    },
    complete: true,
  },
  {
    name: 'Woman brought in with her partner after suspected abuse, never seen alone',
    example: 'flow: not safe to talk',
    rules: ['A-R1'],
    context: adult(33, 'female'),
    answers: answers({
      presentingReasons: ['domestic-abuse'],
      safeToTalkNow: 'no',
      householdDomesticAbuse: 'unknown',
      adultImmediateDanger: 'no',
    }),
    expected: {
      level: 'NO_CONCERN',
      actions: ['ROUTINE_SUMMARY'],
      absent: ['IDVA_OR_DA_SERVICE'],
      firedRules: ['A-R1'],
      detail: { dashScore: undefined, maracRoutes: [], householdFactors: ['da'] },
    },
    complete: true,
  },
];
