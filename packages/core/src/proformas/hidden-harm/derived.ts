import type { ActionCode } from '../../model/actions.ts';
import type { ProformaInput } from '../../model/proforma.ts';
import { childAge } from './rows.ts';
import { DASH_SCORED_KEYS, type HiddenHarmAnswers, type HiddenHarmKey } from './schema.ts';
import type { HiddenHarmDerived, HiddenHarmDerivedName, HouseholdFactor, MaracRoute } from './types.ts';

type Answers = Partial<HiddenHarmAnswers>;

/** `factorDa`, `factorSub`, `factorMh` (hidden-harm.md "Household factors"); `unknown` never counts. */
export const householdFactorsOf = (a: Answers): HouseholdFactor[] => {
  const reasons = a.presentingReasons ?? [];
  const factors: HouseholdFactor[] = [];
  if (
    a.householdDomesticAbuse === 'yes' ||
    a.domesticAbuseDisclosed === 'yes' ||
    reasons.includes('domestic-abuse')
  )
    factors.push('da');
  if (
    a.householdSubstanceMisuse === 'yes' ||
    reasons.includes('intoxication') ||
    reasons.includes('substance-misuse')
  )
    factors.push('sub');
  if (a.householdMentalHealth === 'yes' || reasons.includes('self-harm') || reasons.includes('mental-health'))
    factors.push('mh');
  return factors;
};

/** `dashScore`: the number of `yes` among DASH1–DASH24 (DASH3 included), only when the DASH was agreed. */
export const dashScoreOf = (a: Answers): number | undefined =>
  a.dashAgreed === 'yes' ? DASH_SCORED_KEYS.filter((key) => a[key] === 'yes').length : undefined;

/** `maracRoutes`, in the spec's order. */
const maracRoutesOf = (
  a: Answers,
  dashScore: number | undefined,
  config: ProformaInput<HiddenHarmAnswers>['config'],
): MaracRoute[] => {
  const routes: MaracRoute[] = [];
  if (dashScore !== undefined && dashScore >= config.dashMaracThreshold) routes.push('visible-high-risk');
  if (a.professionalJudgementHigh === 'yes') routes.push('professional-judgement');
  if (a.incidentsLast12Months !== undefined && a.incidentsLast12Months >= config.maracEscalationIncidents)
    routes.push('potential-escalation');
  return routes;
};

/** Every derived value of hidden-harm.md "Derived values". */
export const deriveHiddenHarm = ({
  answers: a,
  context,
  config,
}: ProformaInput<HiddenHarmAnswers>): HiddenHarmDerived => {
  const arrivedAt = context.attendance.arrivedAt;
  const children = a.children ?? [];
  const childAges = children.map((row) => childAge(row.dateOfBirth, arrivedAt));
  const childElsewhereAges = (a.childrenElsewhere ?? []).map((row) => childAge(row.dateOfBirth, arrivedAt));
  const childInCare =
    a.childrenUnder18 === 'yes' || a.contactWithChildrenElsewhere === 'unsupervised-or-overnight';
  const unbornChild = a.pregnant === 'yes';
  const householdFactors = householdFactorsOf(a);
  const alone = (i: number) => children[i]?.whoCaringNow === 'alone';
  // An alone child with no usable date of birth does not fire an age limb (an unanswered input fires
  // nothing); H5 still applies and sign-off needs the date.
  const below = (age: number | undefined, limit: number) => age !== undefined && age < limit;
  // SAFER READING: only rows with a usable age under 18 choose the health visitor or school nurse.
  const allAges = [...childAges, ...childElsewhereAges].filter(
    (age): age is number => age !== undefined && age < 18,
  );
  const childNotifications: ActionCode[] = ['NOTIFY_GP'];
  if (allAges.some((age) => age < config.healthVisitorUnderYears)) childNotifications.push('NOTIFY_HV');
  if (allAges.some((age) => age >= config.healthVisitorUnderYears)) childNotifications.push('NOTIFY_SN');
  if (unbornChild) childNotifications.push('MATERNITY_SAFEGUARDING_NOTIFY');
  const dashScore = dashScoreOf(a);
  const maracRoutes = maracRoutesOf(a, dashScore, config);
  const childAloneYoung = childAges.some(
    (age, i) => alone(i) && below(age, config.childAloneEmergencyAgeYears),
  );
  const childAloneOvernight = childAges.some(
    (age, i) =>
      alone(i) &&
      children[i]?.aloneOvernight === 'yes' &&
      below(age, config.childAloneOvernightEmergencyAgeYears),
  );
  return {
    childAges,
    childElsewhereAges,
    childInCare,
    unbornChild,
    childInHousehold: childInCare || unbornChild,
    factorDa: householdFactors.includes('da'),
    factorSub: householdFactors.includes('sub'),
    factorMh: householdFactors.includes('mh'),
    factorCount: householdFactors.length,
    householdFactors,
    childAloneYoung,
    childAloneOvernight,
    childInImmediateDanger:
      a.childWithoutSafeAdult === 'yes' ||
      childAloneYoung ||
      childAloneOvernight ||
      (a.intentToHarmChild === 'yes' && a.childAccessibleToPatient === 'yes'),
    childNotifications,
    dashScore,
    maracRoutes,
    maracIndicated: maracRoutes.length > 0,
    pjPrompt:
      a.dashWeapons === 'yes' ||
      a.dashThreatsToKill === 'yes' ||
      a.dashStrangulation === 'yes' ||
      a.adultImmediateDanger === 'yes',
    presentChildren: children.flatMap((row, i) => (row.whereNow === 'in-department' ? [i] : [])),
    girls: children.flatMap((row, i) => (row.sex !== undefined && row.sex !== 'male' ? [i] : [])),
    notSafeToTalk: a.safeToTalkNow === 'no',
  };
};

const DA_READS: readonly HiddenHarmKey[] = [
  'householdDomesticAbuse',
  'domesticAbuseDisclosed',
  'presentingReasons',
];
const CARE_READS: readonly HiddenHarmKey[] = ['childrenUnder18', 'contactWithChildrenElsewhere'];

/** Which answer keys each boolean derived value reads (the dependency graph of consistency.test.ts). */
export const hiddenHarmDerivedReads: Record<HiddenHarmDerivedName, readonly HiddenHarmKey[]> = {
  childInCare: CARE_READS,
  unbornChild: ['pregnant'],
  childInHousehold: [...CARE_READS, 'pregnant'],
  factorDa: DA_READS,
  factorSub: ['householdSubstanceMisuse', 'presentingReasons'],
  factorMh: ['householdMentalHealth', 'presentingReasons'],
  childAloneYoung: ['children'],
  childAloneOvernight: ['children'],
  childInImmediateDanger: [
    'childWithoutSafeAdult',
    'children',
    'intentToHarmChild',
    'childAccessibleToPatient',
  ],
  maracIndicated: ['dashAgreed', ...DASH_SCORED_KEYS, 'professionalJudgementHigh', 'incidentsLast12Months'],
  pjPrompt: ['dashWeapons', 'dashThreatsToKill', 'dashStrangulation', 'adultImmediateDanger'],
  notSafeToTalk: ['safeToTalkNow'],
};
