import type { Sex } from '@proformas/core';
import { api, query } from './client.ts';
import type { Patient } from './types.ts';

export const findByNhsNumber = (nhsNumber: string): Promise<Patient[]> =>
  api<Patient[]>('GET', `/patients${query({ nhsNumber })}`);

export const findByName = (familyName: string, dateOfBirth: string, givenName?: string): Promise<Patient[]> =>
  api<Patient[]>('GET', `/patients${query({ familyName, dateOfBirth, givenName })}`);

export interface NewPatient {
  id: string;
  nhsNumber: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: Sex;
}
export const addPatient = (patient: NewPatient): Promise<Patient> =>
  api<Patient>('POST', '/patients', patient);
