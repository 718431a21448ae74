import type { Sex } from '@proformas/core';
import type { PatientRow } from '../db/types.ts';

export interface Patient {
  id: string;
  /** 10 digits, or null when not known. */
  nhsNumber: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: Sex;
  address: string | null;
  gpPractice: string | null;
}

export const toPatient = (row: PatientRow): Patient => ({
  id: row.id,
  nhsNumber: row.nhs_number,
  givenName: row.given_name,
  familyName: row.family_name,
  dateOfBirth: row.date_of_birth,
  sex: row.sex as Sex,
  address: row.address,
  gpPractice: row.gp_practice,
});
