// The option codes of fgm.md "Items", exactly as the spec spells them; items.ts labels them.

export const THIRD_PARTY_SOURCES = ['parent', 'relative', 'professional', 'other'] as const;
export const REGULATORS = ['gmc', 'nmc', 'hcpc', 'gphc', 'gdc', 'other-regulator', 'not-regulated'] as const;
export const HEARD_OR_SAW = ['heard', 'saw', 'both'] as const;
export const FGM_TYPES = ['type-1', 'type-2', 'type-3', 'type-4', 'unknown'] as const;
/** F10b's subtypes by the F10a type they belong to; `not-known` belongs to any type. */
export const SUBTYPES_BY_TYPE = {
  'type-1': ['1a', '1b'],
  'type-2': ['2a', '2b', '2c'],
  'type-3': ['3a', '3b'],
  'type-4': ['4-pricking', '4-piercing', '4-incising', '4-scraping', '4-cauterising', '4-other'],
} as const;
export const FGM_SUBTYPES = [
  ...SUBTYPES_BY_TYPE['type-1'],
  ...SUBTYPES_BY_TYPE['type-2'],
  ...SUBTYPES_BY_TYPE['type-3'],
  ...SUBTYPES_BY_TYPE['type-4'],
  'not-known',
] as const;
export const UNBORN_SEX = ['female', 'male', 'not-known'] as const;
export const PART_ONE_INDICATORS = [
  'daughter-had-fgm',
  'requests-reinfibulation',
  'vulnerable-adult',
  'known-to-social-care',
] as const;
export const SUPPORT_OFFER_ANSWERS = ['accepted', 'declined', 'already-under-care'] as const;
export const RELATIONSHIPS = ['daughter', 'sister', 'other-girl'] as const;
export const SIGNIFICANT_INDICATORS = [
  'asks-for-help',
  'relative-intends',
  'special-procedure',
  'sister-had-fgm',
  'relative-girl-had-fgm',
  'known-to-social-care',
] as const;
export const OTHER_INDICATORS = [
  'mother-had-fgm',
  'father-community',
  'elder-supports',
  'limited-integration',
  'unaware-harm-or-law',
  'long-trip-planned',
  'travel-clinic',
  'fgm-mentioned',
  'withdrawn-from-rse',
  'not-engaging',
] as const;

export type Regulator = (typeof REGULATORS)[number];
export type FgmSubtype = (typeof FGM_SUBTYPES)[number];
