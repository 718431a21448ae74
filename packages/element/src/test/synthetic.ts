import type { EmbedAttendance, EmbedPatient } from '../inputs/types.ts';

// Synthetic people only: fictional names, NHS numbers from the 999 test range (valid Modulus 11).

/** A 6-year-old girl (the FGM fixture's context: mother has had FGM, flagged on FGM-IS). */
export const GIRL: EmbedPatient = {
  name: 'Ada Testwell',
  nhsNumber: '999 000 0018',
  dateOfBirth: '2018-11-20',
  sex: 'female',
};
export const GIRL_ATTENDANCE: EmbedAttendance = {
  id: 'att-embed-1',
  arrivedAt: '2025-04-02T10:00:00+01:00',
  providerId: 'RXX01',
  providerName: 'Riverside Minor Injury Unit (synthetic)',
  departmentType: '03',
  category: 'unplanned',
};
/** FGM, complete: already flagged, mother has had FGM, no other girls (NOTIFY). */
export const GIRL_FGM_ANSWERS = {
  fgmIsIndicatorFound: 'yes',
  practisingCommunity: 'no',
  girlDisclosed: 'no',
  signsObserved: 'no',
  thirdPartyReport: 'no',
  hasGirlsInFamily: 'no',
  significantIndicators: [],
  otherIndicators: ['mother-had-fgm'],
  travelOrProcedurePlanned: 'no',
  cutterOrImminentSign: 'no',
};

/** A 16-year-old (the CSE emergency fixture's age) at a minor injury unit. */
export const TEEN: EmbedPatient = {
  name: 'Bea Testcase',
  nhsNumber: '999 000 0026',
  dateOfBirth: '2008-09-01',
  sex: 'female',
};
export const TEEN_ATTENDANCE: EmbedAttendance = {
  id: 'att-embed-2',
  arrivedAt: '2025-03-10T10:00:00+00:00',
  providerId: 'RXX01',
  departmentType: '03',
};
