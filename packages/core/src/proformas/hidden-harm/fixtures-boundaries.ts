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
import { PLAN } from './fixtures-examples.ts';
import type { HiddenHarmAnswers } from './schema.ts';

type Fixture = ProformaFixture<HiddenHarmAnswers>;

/** Abuse told in private, no dependants; the DASH and incidents decide the MARAC route. */
const disclosure = (patch: Partial<HiddenHarmAnswers>, marac: boolean): Partial<HiddenHarmAnswers> =>
  answers({
    presentingReasons: ['domestic-abuse'],
    ...disclosedVictim(patch),
    ...(marac ? maracDetails : {}),
    concernSummary: SUMMARY,
  });

/** One factor (drink or drugs) and a child at nursery or school: A-R4 and the notifications by age. */
const singleFactor = (years: number): Partial<HiddenHarmAnswers> =>
  answers({
    presentingReasons: ['intoxication'],
    childrenUnder18: 'yes',
    children: [child('Ava Example', bornYearsAgo(years), { whereNow: 'school-childcare' })],
    ...inCare(PLAN),
    concernSummary: SUMMARY,
  });

/** A child at home alone (not overnight) whose date of birth sits on the 12-year threshold. */
const aloneBorn = (dateOfBirth: string): Partial<HiddenHarmAnswers> =>
  answers({
    presentingReasons: ['intoxication'],
    childrenUnder18: 'yes',
    children: [child('Isla Example', dateOfBirth, { whoCaringNow: 'alone', aloneOvernight: 'no' })],
    ...inCare(PLAN),
    concernSummary: SUMMARY,
  });

const refer = (routes: string[], dashScore?: number): Fixture['expected'] => ({
  level: 'REFER',
  actions: ['MARAC_REFERRAL', 'IDVA_OR_DA_SERVICE', 'INFORM_SAFEGUARDING_LEAD'],
  absent: ['MASH_REFERRAL'],
  firedRules: ['A-R1', 'A-R6'],
  detail: { dashScore, maracRoutes: routes, householdFactors: ['da'] },
});
const notify = (dashScore?: number): Fixture['expected'] => ({
  level: 'NOTIFY',
  actions: ['IDVA_OR_DA_SERVICE'],
  absent: ['MARAC_REFERRAL'],
  firedRules: ['A-R1', 'A-R6'],
  detail: { dashScore, maracRoutes: [], householdFactors: ['da'] },
});

/** Threshold rows (each threshold and one below) and the green path. */
export const boundaryFixtures: Fixture[] = [
  {
    name: 'Adult after an overdose with no children or other dependants',
    example: 'boundary (green)',
    rules: ['A-R1', 'A-R8'],
    context: adult(45, 'female'),
    answers: answers({ presentingReasons: ['self-harm'] }),
    expected: {
      level: 'NO_CONCERN',
      actions: ['MENTAL_HEALTH_REVIEW', 'ROUTINE_SUMMARY'],
      absent: ['NOTIFY_GP', 'INFORM_SAFEGUARDING_LEAD'],
      firedRules: ['A-R1', 'A-R8'],
      detail: { dashScore: undefined, maracRoutes: [], householdFactors: ['mh'] },
    },
    complete: true,
  },
  {
    name: 'Risk checklist score exactly 14 without question 3: MARAC',
    example: 'boundary (dashMaracThreshold)',
    rules: ['A-R6', 'A-R1'],
    context: adult(40, 'female'),
    answers: disclosure(dash(dashOthers(14)), true),
    expected: refer(['visible-high-risk'], 14),
    complete: true,
  },
  {
    name: 'Risk checklist score 13, one below the MARAC threshold',
    example: 'boundary (dashMaracThreshold − 1)',
    rules: ['A-R6', 'A-R1'],
    context: adult(40, 'female'),
    answers: disclosure(dash(dashOthers(13)), false),
    expected: notify(13),
    complete: true,
  },
  {
    name: 'Three incidents in 12 months, checklist declined: MARAC for potential escalation',
    example: 'boundary (maracEscalationIncidents)',
    rules: ['A-R6', 'A-R1'],
    context: adult(27, 'female'),
    answers: disclosure({ dashAgreed: 'no', incidentsLast12Months: 3 }, true),
    expected: refer(['potential-escalation']),
    complete: true,
  },
  {
    name: 'Two incidents in 12 months, checklist declined: offer of support only',
    example: 'boundary (maracEscalationIncidents − 1)',
    rules: ['A-R6', 'A-R1'],
    context: adult(27, 'female'),
    answers: disclosure({ dashAgreed: 'no', incidentsLast12Months: 2 }, false),
    expected: notify(),
    complete: true,
  },
  {
    name: 'Drinking parent of a 4-year-old at nursery: health visitor told',
    example: 'boundary (healthVisitorUnderYears − 1)',
    rules: ['A-R4'],
    context: adult(30, 'female'),
    answers: singleFactor(4),
    expected: {
      level: 'DISCUSS',
      actions: ['NOTIFY_GP', 'NOTIFY_HV'],
      absent: ['NOTIFY_SN'],
      firedRules: ['A-R4'],
    },
    complete: true,
  },
  {
    name: 'Drinking parent of a 5-year-old at school: school nurse told',
    example: 'boundary (healthVisitorUnderYears)',
    rules: ['A-R4'],
    context: adult(30, 'female'),
    answers: singleFactor(5),
    expected: {
      level: 'DISCUSS',
      actions: ['NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['NOTIFY_HV'],
      firedRules: ['A-R4'],
    },
    complete: true,
  },
  {
    name: 'Child at home alone who turns 12 tomorrow',
    example: 'boundary (childAloneEmergencyAgeYears − 1)',
    rules: ['A-R2'],
    context: adult(35, 'male'),
    answers: aloneBorn('2013-03-11'),
    expected: { level: 'EMERGENCY', actions: ['POLICE_999', 'MASH_REFERRAL'], firedRules: ['A-R2'] },
    complete: true,
  },
  {
    name: 'Child at home alone whose 12th birthday is today',
    example: 'boundary (childAloneEmergencyAgeYears)',
    rules: ['A-R4'],
    context: adult(35, 'male'),
    answers: aloneBorn('2013-03-10'),
    expected: {
      level: 'DISCUSS',
      actions: ['NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['POLICE_999'],
      firedRules: ['A-R4'],
    },
    complete: true,
  },
];
