import type { ActionCode } from '../../model/actions.ts';
import { rowName } from './rows.ts';
import type { ChildRow } from './schema.ts';
import type { HiddenHarmInput, HouseholdFactor } from './types.ts';

// Plain-English pieces the reasons are built from (hidden-harm.md "Outcome screen": one reason per
// fired rule, naming the child and the risk, with no abbreviations or drug lists).

/** Join a list as "a, b and c". */
export const joinAnd = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;

export const FACTOR_WORDS: Record<HouseholdFactor, string> = {
  da: 'domestic abuse',
  sub: 'alcohol or drug misuse',
  mh: 'mental ill-health or self-harm',
};

const ageWords = (age: number | undefined): string =>
  age === undefined ? '' : age === 0 ? ' (under 1 year old)' : ` (aged ${age})`;

/** "Sam Example (aged 11)", or "Child 2" when the row has no name yet. */
export const childLabel = (row: ChildRow, index: number, age: number | undefined): string =>
  `${rowName(row, index)}${ageWords(age)}`;

const WHERE_WORDS: Record<NonNullable<ChildRow['whereNow']>, string> = {
  home: "at the patient's home",
  'other-home': "at someone else's home",
  'school-childcare': 'at school or childcare',
  'in-department': 'here in the department',
  other: 'somewhere else',
  unknown: 'somewhere not known',
};

/** Where a child is, with the address when it is recorded. */
export const whereWords = (row: ChildRow): string => {
  const where = row.whereNow ? WHERE_WORDS[row.whereNow] : 'somewhere not yet recorded';
  return row.address ? `${where} (${row.address.trim()})` : where;
};

/**
 * Everyone the children's rules are about: each `children` row, each child seen unsupervised or
 * overnight elsewhere, and an unborn baby.
 */
export const childrenInHouseholdWords = ({ answers, derived }: HiddenHarmInput): string => {
  const names = (answers.children ?? []).map((row, i) => childLabel(row, i, derived.childAges[i]));
  const elsewhere = (answers.childrenElsewhere ?? []).map(
    (row, i) => `${rowName(row, i)}${ageWords(derived.childElsewhereAges[i])}, who stays with the patient`,
  );
  const all = [...names, ...elsewhere];
  if (derived.childInCare && all.length === 0) all.push('the children in the patient’s care');
  if (derived.unbornChild) all.push('the unborn baby');
  return joinAnd(all);
};

/** The household factors that hold, in words: "domestic abuse and alcohol or drug misuse". */
export const factorsWords = (factors: readonly HouseholdFactor[]): string =>
  joinAnd(factors.map((f) => FACTOR_WORDS[f]));

/** "one problem", "two problems", "three problems". */
export const countWords = (n: number): string => ['no', 'one', 'two', 'three'][n] ?? String(n);

/** The children's social care route, in full (no unexplained abbreviation). */
export const SOCIAL_CARE_NOW =
  'phone children’s social care now (the multi-agency safeguarding hub in working hours, the emergency duty team out of hours)';

const NOTIFY_WORDS: Partial<Record<ActionCode, string>> = {
  NOTIFY_GP: 'the patient’s and each child’s GP',
  NOTIFY_HV: 'the health visitor',
  NOTIFY_SN: 'the school nurse',
  MATERNITY_SAFEGUARDING_NOTIFY: 'the maternity safeguarding team',
};

/** "the GP and the health visitor", from `childNotifications`. */
export const notifyWords = (actions: readonly ActionCode[]): string =>
  joinAnd(actions.flatMap((a) => (NOTIFY_WORDS[a] ? [NOTIFY_WORDS[a]] : [])));

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
