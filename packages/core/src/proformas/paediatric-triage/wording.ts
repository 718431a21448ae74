import type { Age } from '../../model/age.ts';
import type { ProformaId } from '../../model/proforma.ts';
import type { CT_CRITERIA, INGESTED_SUBSTANCES, InjuryType, SUSPICIOUS_PATTERNS } from './codes.ts';

// Plain-English pieces the rules' reasons are built from (paediatric-triage.md "Rules": one
// reason per fired clause, in words a social worker understands).

/** "An" before numbers spoken with a vowel sound (8, 11, 18, 80s). */
const article = (n: number): string => (n === 11 || n === 18 || String(n).startsWith('8') ? 'An' : 'A');

/** "A 5-month-old baby", "A 20-month-old child", "A 9-year-old child", "A 15-year-old young person". */
export const childPhrase = (age: Age): string => {
  if (age.months < 1) return 'A baby under a month old';
  if (age.months < 12) return `${article(age.months)} ${age.months}-month-old baby`;
  if (age.months < 24) return `${article(age.months)} ${age.months}-month-old child`;
  const noun = age.years < 13 ? 'child' : 'young person';
  return `${article(age.years)} ${age.years}-year-old ${noun}`;
};

/** Join a list as "a, b and c". */
export const joinAnd = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;

export const INJURY_NOUNS: Record<InjuryType, string> = {
  'bruise-petechiae': 'a bruise or petechiae',
  'burn-scald': 'a burn or scald',
  'fracture-suspected': 'a suspected fracture',
  'head-injury': 'a head injury',
  laceration: 'a cut',
  bite: 'a bite',
  anogenital: 'an injury to the genital or anal area',
  'oral-frenulum': 'a mouth injury or torn frenulum',
  'knife-or-gunshot': 'a stab, slash or gunshot wound from an attack',
  other: 'another injury or mark',
};

export const PATTERN_NOUNS: Record<(typeof SUSPICIOUS_PATTERNS)[number], string> = {
  'shaped-bruise': 'a bruise shaped like a hand, grip, implement, ligature or teeth',
  'protected-site-bruise': 'bruising on a protected part of the body (ears, neck, face, buttocks or trunk)',
  'bruise-cluster': 'a cluster of bruises',
  'implement-burn': 'a burn shaped like an implement or a cigarette',
  'immersion-scald': 'a scald with the pattern of being held in hot water',
  'unusual-site-burn': 'a burn on an unusual part of the body',
  'human-bite': 'a human bite mark from an adult or older child',
  'multiple-fractures': 'several fractures, or fractures of different ages',
};

export const CT_NOUNS: Record<(typeof CT_CRITERIA)[number], string> = {
  'suspected-nai': 'suspected non-accidental injury',
  seizure: 'a seizure',
  'gcs-low': 'a low Glasgow Coma Scale score',
  'skull-fracture': 'a suspected skull fracture',
  'focal-deficit': 'a focal neurological deficit',
  'other-nice': 'another NICE criterion',
};

export const SUBSTANCE_NOUNS: Record<(typeof INGESTED_SUBSTANCES)[number], string> = {
  'illicit-drug': 'an illegal drug',
  'opioid-substitute': 'an opioid substitute (methadone or buprenorphine)',
  'adult-medicine': 'a medicine not prescribed for them',
  alcohol: 'alcohol',
  'household-product': 'a household product',
  'not-known': 'an unknown substance',
};

export const FORM_NAMES: Record<ProformaId, string> = {
  'paediatric-triage': 'this triage',
  'hidden-harm': 'the hidden harm form',
  cse: 'the CSE screen',
  fgm: 'the FGM form',
  'frequent-attender': 'the frequent-attender check',
};

export const SERVICE_NAMES = { hv: 'health visitor', sn: 'school nurse' } as const;

/** Injury nouns for a B7 answer, e.g. "a bruise or petechiae and a cut". */
export const injuriesPhrase = (types: readonly InjuryType[] | undefined): string =>
  joinAnd((types ?? []).map((t) => INJURY_NOUNS[t]));
