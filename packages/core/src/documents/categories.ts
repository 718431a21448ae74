import { choice, isYes, list, strings } from './answers.ts';
import { detailOf, fired, firedAny, type DraftEnv } from './env.ts';
import { PLACEHOLDER } from './format.ts';

export type ConcernCategory =
  | 'physical abuse'
  | 'physical abuse (poisoning)'
  | 'physical abuse (a weapon injury, or hurt by a carer)'
  | 'sexual abuse'
  | 'emotional abuse'
  | 'neglect'
  | 'child sexual exploitation'
  | 'child criminal exploitation (harm outside the family)'
  | 'female genital mutilation'
  | 'domestic abuse'
  | 'domestic abuse (the young person is the victim)';

export interface Categories {
  categories: ConcernCategory[];
  /** Categories the clinician must choose (each shown with the placeholder). */
  toChoose: string[];
  /** Extra timeline statements (P-R11, FA3 / FA-J, FA-P). */
  timeline: string[];
}

/** paediatric-triage.md P-R3 clauses, read from the answers (firedRules names the rule only). */
const triageP3 = (env: DraftEnv, add: (c: ConcernCategory) => void, choose: (what: string) => void): void => {
  const t = env.triage;
  const injuries = list(t, 'injuryTypes');
  const poor = ['unsuitable', 'none-given'].includes(choice(t, 'explanationSuitability') ?? '');
  if (list(t, 'suspiciousPatterns').length > 0) add('physical abuse');
  if (poor && injuries.some((i) => i !== 'other' && i !== 'knife-or-gunshot')) add('physical abuse');
  if (list(t, 'ctCriteria').includes('suspected-nai')) add('physical abuse');
  if (isYes(t, 'disclosedAbuse'))
    choose('the kind of abuse described: physical, sexual, emotional or neglect');
  // SAFER READING: referrals.md lists no category for P-R3 (e); under 13, sex is abuse in law.
  if (env.ageYears < 13 && (isYes(t, 'sexualHealthOrAssault') || isYes(t, 'pregnancy'))) add('sexual abuse');
  const deliberate = isYes(t, 'ingestionGivenDeliberately');
  const drugUnder13 =
    env.ageYears < 13 &&
    list(t, 'ingestedSubstance').some((s) => ['illicit-drug', 'opioid-substitute'].includes(s));
  if (deliberate) add('physical abuse (poisoning)');
  else if (drugUnder13) add('neglect');
  if (injuries.includes('knife-or-gunshot') || choice(t, 'hurtByAnotherPerson') === 'adult-or-carer')
    add('physical abuse (a weapon injury, or hurt by a carer)');
};

/** P-R10 for the young person's own child or unborn baby, and partner abuse (16–17). */
const triageP10 = (
  env: DraftEnv,
  add: (c: ConcernCategory) => void,
  choose: (what: string) => void,
): void => {
  const t = env.triage;
  if (choice(t, 'ownChildrenWhereNow') === 'alone') add('neglect');
  const youngParent = isYes(t, 'ownChildren') || isYes(t, 'pregnancy');
  const da = isYes(t, 'carerDomesticAbuse') || isYes(t, 'partnerAbuse');
  if (youngParent && da) add('domestic abuse');
  else if (youngParent && choice(t, 'ownChildrenWhereNow') !== 'alone')
    choose('the kind of harm to the young person’s own child or unborn baby');
  if (isYes(t, 'partnerAbuse') || choice(t, 'ypDashResult') === 'marac-threshold-met')
    add('domestic abuse (the young person is the victim)');
};

/** referrals.md §1 "Categories from rules" (the clinician can change them). */
export const concernCategories = (env: DraftEnv): Categories => {
  const categories: ConcernCategory[] = [];
  const toChoose: string[] = [];
  const timeline: string[] = [];
  const add = (c: ConcernCategory): void => void (categories.includes(c) || categories.push(c));
  const choose = (what: string): void => void (toChoose.includes(what) || toChoose.push(what));
  const t = env.triage;
  if (fired(env, 'P-R2')) add('physical abuse');
  if (fired(env, 'P-R3')) triageP3(env, add, choose);
  const m = choice(t, 'hurtByAnotherPerson') === 'other-person' || choice(t, 'accompaniedBy') === 'police';
  if (fired(env, 'P-R5') && (m || list(t, 'exploitationSigns').some((s) => s !== 'none')))
    add('child criminal exploitation (harm outside the family)');
  if (firedAny(env, ['C-R1', 'C-R2', 'C-R3'])) {
    add('sexual abuse');
    add('child sexual exploitation');
  }
  if (firedAny(env, ['F-R1', 'F-R2', 'F-R3', 'F-R4', 'F-R5'])) add('female genital mutilation');
  const h = env.hiddenHarm;
  const da = strings(detailOf(env, 'hidden-harm')['householdFactors']).includes('da');
  if ((fired(env, 'A-R3') && da) || isYes(h, 'childrenWitnessed')) add('domestic abuse');
  else if (fired(env, 'A-R3')) choose('the kind of harm (usually neglect or emotional harm)');
  if (fired(env, 'A-R2') || isYes(t, 'neglectSigns')) add('neglect');
  if (fired(env, 'P-R10')) triageP10(env, add, choose);
  if (fired(env, 'P-R11')) timeline.push('left before assessment or treatment was finished');
  if (firedAny(env, ['FA3', 'FA-J'])) timeline.push('repeated visits to urgent care');
  if (categories.length === 0 && toChoose.length === 0) choose('the kind of harm');
  return { categories, toChoose, timeline };
};

/** The `concernCategories` field text. */
export const categoriesText = (c: Categories): string =>
  [
    ...c.categories.map((x) => `${x.charAt(0).toUpperCase()}${x.slice(1)}.`),
    ...c.toChoose.map((what) => `To choose, ${what}: ${PLACEHOLDER}`),
  ].join('\n');
