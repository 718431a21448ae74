import type { AssessmentContext, AttendanceReason, Sex } from '@proformas/core';
import { isValidNhsNumber } from './nhsNumber.ts';

/** A synthetic patient for the demo. Names are fictional; NHS numbers are from the 999 test range. */
export interface DemoPatient {
  id: string;
  name: string;
  nhsNumber: string;
  sex: Sex;
  /** Age at arrival, so the demo patients keep their ages whatever the day. */
  age: { years: number; months: number; days: number };
  reason: AttendanceReason;
  complaint: string;
}

export const DEMO_PATIENTS: readonly DemoPatient[] = [
  {
    id: 'lily',
    name: 'Lily Carter',
    nhsNumber: '9990000018',
    sex: 'female',
    age: { years: 0, months: 4, days: 5 },
    reason: 'illness',
    complaint: 'Feeding poorly',
  },
  {
    id: 'jayden',
    name: 'Jayden Okafor',
    nhsNumber: '9990000026',
    sex: 'male',
    age: { years: 7, months: 2, days: 0 },
    reason: 'injury',
    complaint: 'Fell off a scooter',
  },
  {
    id: 'chloe',
    name: 'Chloe Bennett',
    nhsNumber: '9990000050',
    sex: 'female',
    age: { years: 14, months: 3, days: 0 },
    reason: 'sexual-health',
    complaint: 'Asking for emergency contraception',
  },
  {
    id: 'amira',
    name: 'Amira Hassan',
    nhsNumber: '9990000034',
    sex: 'female',
    age: { years: 15, months: 5, days: 0 },
    reason: 'injury',
    complaint: 'Twisted ankle at netball',
  },
  {
    id: 'sarah',
    name: 'Sarah Collins',
    nhsNumber: '9990000077',
    sex: 'female',
    age: { years: 29, months: 6, days: 0 },
    reason: 'self-harm',
    complaint: 'Took an overdose of paracetamol',
  },
  {
    id: 'daniel',
    name: 'Daniel Price',
    nhsNumber: '9990000069',
    sex: 'male',
    age: { years: 34, months: 1, days: 0 },
    reason: 'intoxication',
    complaint: 'Drunk, fell and cut his head',
  },
  {
    id: 'grace',
    name: 'Grace Adeyemi',
    nhsNumber: '9990000085',
    sex: 'female',
    age: { years: 41, months: 8, days: 0 },
    reason: 'injury',
    complaint: 'Cut her hand while cooking',
  },
];

for (const patient of DEMO_PATIENTS) {
  if (!isValidNhsNumber(patient.nhsNumber)) throw new Error(`${patient.name}: invalid NHS number`);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The date of birth that gives the patient their age on the arrival date (Europe/London calendar). */
export const dateOfBirth = (patient: DemoPatient, arrivalDate: string): string => {
  const [y, m, d] = arrivalDate.split('-').map(Number) as [number, number, number];
  const birth = new Date(Date.UTC(y - patient.age.years, m - 1 - patient.age.months, 1));
  const lastDay = new Date(Date.UTC(birth.getUTCFullYear(), birth.getUTCMonth() + 1, 0)).getUTCDate();
  birth.setUTCDate(Math.min(d, lastDay) - patient.age.days);
  return `${birth.getUTCFullYear()}-${pad(birth.getUTCMonth() + 1)}-${pad(birth.getUTCDate())}`;
};

/** The attendance the forms assess: this patient, arriving at the demo MIU at `arrivedAt`. */
export const attendanceContext = (patient: DemoPatient, arrivedAt: string): AssessmentContext => ({
  patient: { dateOfBirth: dateOfBirth(patient, arrivedAt.slice(0, 10)), sex: patient.sex },
  attendance: {
    arrivedAt,
    providerId: 'RVR01',
    departmentType: '03',
    category: 'unplanned',
    reasons: [patient.reason],
  },
});
