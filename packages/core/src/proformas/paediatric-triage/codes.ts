// The option codes of paediatric-triage.md "Items", exactly as the spec spells them. schema.ts
// validates against them; items.ts labels every one (a missing label fails tsc).

export const ACCOMPANIED_BY = [
  'parent',
  'other-relative',
  'foster-carer',
  'residential-worker',
  'social-worker',
  'police',
  'partner',
  'friend-under-18',
  'adult-friend',
  'unrelated-adult',
  'alone',
  'other',
] as const;
export const CPIS_RESULTS = ['cpp', 'lac', 'unborn-cpp', 'none', 'not-available'] as const;
export const FGM_IS_RESULTS = ['yes', 'no', 'not-checked'] as const;
export const HURT_BY = ['no', 'adult-or-carer', 'other-person', 'not-known'] as const;
export const EXPLANATION_SUITABILITY = ['suitable', 'unsuitable', 'none-given'] as const;
export const INJURY_TYPES = [
  'bruise-petechiae',
  'burn-scald',
  'fracture-suspected',
  'head-injury',
  'laceration',
  'bite',
  'anogenital',
  'oral-frenulum',
  'knife-or-gunshot',
  'other',
] as const;
export const SUSPICIOUS_PATTERNS = [
  'shaped-bruise',
  'protected-site-bruise',
  'bruise-cluster',
  'implement-burn',
  'immersion-scald',
  'unusual-site-burn',
  'human-bite',
  'multiple-fractures',
] as const;
export const CT_CRITERIA = [
  'suspected-nai',
  'seizure',
  'gcs-low',
  'skull-fracture',
  'focal-deficit',
  'other-nice',
] as const;
export const SEXUAL_HEALTH_NEEDS = [
  'emergency-contraception',
  'contraception',
  'pregnancy',
  'sti',
  'genital-anal-symptoms',
  'sexual-assault',
] as const;
export const DISCLOSURE_SOURCES = [
  'child-here',
  'child-elsewhere',
  'parent-or-carer',
  'other-person',
] as const;
export const INGESTED_SUBSTANCES = [
  'illicit-drug',
  'opioid-substitute',
  'adult-medicine',
  'alcohol',
  'household-product',
  'not-known',
] as const;
export const EXPLOITATION_SIGNS = [
  'far-from-home',
  'drugs-cash-or-phones',
  'weapon',
  'arrested',
  'older-associates',
  'none',
] as const;
export const FGM_SOURCES = ['she-said', 'signs-seen', 'someone-told'] as const;
export const DEMEANOURS = [
  'settled',
  'withdrawn',
  'frightened-watchful',
  'distressed',
  'flat',
  'over-familiar',
  'aggressive',
  'other',
] as const;
export const NO_ACCOUNT_REASONS = [
  'pre-verbal',
  'communication-needs',
  'asleep-or-unwell',
  'declined',
  'not-seen-alone',
] as const;
export const SEEN_ALONE = ['yes', 'no', 'not-appropriate'] as const;
export const CARER_INTERACTIONS = ['appropriate', 'concerning'] as const;
export const OWN_CHILDREN_WHERE = [
  'other-parent',
  'relative',
  'friend',
  'childcare-school',
  'in-department',
  'alone',
  'unknown',
] as const;
export const YP_DASH_RESULTS = ['marac-threshold-met', 'below-threshold', 'not-done'] as const;
export const SHARING_VIEWS = ['agrees', 'objects', 'not-asked'] as const;

export type InjuryType = (typeof INJURY_TYPES)[number];
