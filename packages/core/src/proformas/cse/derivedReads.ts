import { INDICATOR_KEYS } from './indicators.ts';
import { FRASER_KEYS } from './derived.ts';
import type { CseKey } from './schema.ts';
import type { CseDerivedName } from './types.ts';

// Which answer keys each boolean derived value reads (cse.md "Derived values"), for the
// dependency graph that the consistency test proves acyclic.

const partner: readonly CseKey[] = ['partnerAgeStatus', 'partnerAgeYears'];
const sexualContext: readonly CseKey[] = ['screenReasons', 'sexualActivity'];
/** Everything the indicators read: their items and the answers they are derived from. */
const indicators: readonly CseKey[] = [
  ...INDICATOR_KEYS,
  ...partner,
  'livingSituation',
  'howMetPartner',
  'screenReasons',
];
const floors: readonly CseKey[] = [
  ...indicators,
  ...sexualContext,
  ...FRASER_KEYS,
  'pregnancyOrSti',
  'seenAlone',
];
const risk: readonly CseKey[] = [...floors, 'immediateDanger', 'judgementRisk'];

export const cseDerivedReads: Record<CseDerivedName, readonly CseKey[]> = {
  sexualHealthRequest: ['screenReasons'],
  fraserShown: ['screenReasons'],
  sexualContext,
  ecRequested: ['screenReasons'],
  m3FromAge: partner,
  r5FromAge: partner,
  fraserMet: FRASER_KEYS,
  fraserNotMet: ['screenReasons', ...FRASER_KEYS],
  forensicWindowOpen: ['assaultTiming', 'assaultDate'],
  floorMedium: floors,
  riskHigh: risk,
  judgementRaisesRisk: risk,
  floorNotSeenAlone: ['seenAlone', ...sexualContext],
  floorManyUnknowns: indicators,
};
