import type { FgmKey } from './schema.ts';
import type { FgmDerivedName } from './types.ts';

// Which answer keys each boolean derived value reads (ProformaDefinition.derivedReads), for the
// dependency graph checked by consistency.test.ts.

const KNOWN: readonly FgmKey[] = ['girlDisclosed', 'signsObserved', 'thirdPartyReport'];
const UNBORN: readonly FgmKey[] = ['hasBeenCut', 'pregnant', 'unbornSex'];
const ADULT_WITH_GIRLS: readonly FgmKey[] = ['hasGirlsInFamily', ...UNBORN];

export const fgmDerivedReads: Record<FgmDerivedName, readonly FgmKey[]> = {
  u18: [],
  adult: [],
  knownFgm: KNOWN,
  s5bCase: ['girlDisclosed', 'signsObserved'],
  adultPath: ['hasBeenCut'],
  patientHasFgm: [...KNOWN, 'hasBeenCut'],
  unbornAtRisk: UNBORN,
  partTwoShown: [...KNOWN, ...ADULT_WITH_GIRLS],
  partTwoLive: [...KNOWN, 'significantIndicators', 'otherIndicators', ...ADULT_WITH_GIRLS],
  familyGirlHadFgm: ['girlsInFamily'],
  familyHistory: ['otherIndicators', ...ADULT_WITH_GIRLS],
  imminent: ['cutterOrImminentSign', 'travelOrProcedurePlanned', 'plannedDate'],
  imminentByDate: ['travelOrProcedurePlanned', 'plannedDate'],
  triageFgmUnconfirmed: KNOWN,
};
