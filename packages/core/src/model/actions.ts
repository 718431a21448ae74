import type { Level } from './levels.ts';

/** Action codes in the order listed in domain/README.md "Action codes". */
export const ACTION_CODES = [
  'INFORM_SAFEGUARDING_LEAD',
  'MASH_REFERRAL',
  'CONSIDER_MASH',
  'POLICE_999',
  'POLICE_NOTIFY',
  'POLICE_101_FGM_REPORT',
  'PAEDS_CONSULTANT_REVIEW_SAME_DAY',
  'TRANSFER_ED_AMBULANCE',
  'MARAC_REFERRAL',
  'IDVA_OR_DA_SERVICE',
  'SARC_REFERRAL',
  'CPIS_INFORM_SOCIAL_WORKER',
  'FGM_IS_ADD_INDICATOR',
  'MATERNITY_SAFEGUARDING_NOTIFY',
  'ADULT_SAFEGUARDING_CONSIDER',
  'MENTAL_HEALTH_REVIEW',
  'SEXUAL_HEALTH_FOLLOWUP',
  'FRASER_DOCUMENTED',
  'FGM_SPECIALIST_REFERRAL',
  'FAMILY_CALLBACK',
  'NOTIFY_GP',
  'NOTIFY_HV',
  'NOTIFY_SN',
  'FA_FLAG',
  'ROUTINE_SUMMARY',
] as const;
export type ActionCode = (typeof ACTION_CODES)[number];

/** The most urgent first (domain/README.md "Order of actions"); the rest follow in list order. */
const URGENT_FIRST: readonly ActionCode[] = [
  'POLICE_999',
  'TRANSFER_ED_AMBULANCE',
  'MASH_REFERRAL',
  'POLICE_101_FGM_REPORT',
  'POLICE_NOTIFY',
  'PAEDS_CONSULTANT_REVIEW_SAME_DAY',
  'SARC_REFERRAL',
  'MARAC_REFERRAL',
  'INFORM_SAFEGUARDING_LEAD',
];

export const ACTION_ORDER: readonly ActionCode[] = [
  ...URGENT_FIRST,
  ...ACTION_CODES.filter((code) => !URGENT_FIRST.includes(code)),
];

/** Deduplicate and sort, most urgent first. */
export const sortActions = (actions: Iterable<ActionCode>): ActionCode[] =>
  [...new Set(actions)].sort((a, b) => ACTION_ORDER.indexOf(a) - ACTION_ORDER.indexOf(b));

export type { Level };
