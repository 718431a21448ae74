import { api, query } from './client.ts';
import type { Patient } from './types.ts';

export const findByNhsNumber = (nhsNumber: string): Promise<Patient[]> =>
  api<Patient[]>('GET', `/patients${query({ nhsNumber })}`);

export const findByName = (familyName: string, dateOfBirth: string, givenName?: string): Promise<Patient[]> =>
  api<Patient[]>('GET', `/patients${query({ familyName, dateOfBirth, givenName })}`);

/** A patient added at registration: the record without what only the registry holds. */
export type NewPatient = Pick<
  Patient,
  'id' | 'nhsNumber' | 'givenName' | 'familyName' | 'dateOfBirth' | 'sex'
>;
export const addPatient = (patient: NewPatient): Promise<Patient> =>
  api<Patient>('POST', '/patients', patient);
