import type { AssessmentContext, AttendanceReason, Sex } from '@proformas/core';
import { isValidNhsNumber } from './nhsNumber.ts';

/** A synthetic child for the demo. Names are fictional; NHS numbers are from the 999 test range. */
export interface DemoChild {
  id: string;
  name: string;
  nhsNumber: string;
  sex: Sex;
  /** Age at arrival, so the demo children keep their ages whatever the day. */
  age: { years: number; months: number; days: number };
  reason: AttendanceReason;
  complaint: string;
}

export const DEMO_CHILDREN: readonly DemoChild[] = [
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
    id: 'amira',
    name: 'Amira Hassan',
    nhsNumber: '9990000034',
    sex: 'female',
    age: { years: 15, months: 5, days: 0 },
    reason: 'injury',
    complaint: 'Twisted ankle at netball',
  },
];

for (const child of DEMO_CHILDREN) {
  if (!isValidNhsNumber(child.nhsNumber)) throw new Error(`${child.name}: invalid NHS number`);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The date of birth that gives the child their age on the arrival date (Europe/London calendar). */
export const dateOfBirth = (child: DemoChild, arrivalDate: string): string => {
  const [y, m, d] = arrivalDate.split('-').map(Number) as [number, number, number];
  const birth = new Date(Date.UTC(y - child.age.years, m - 1 - child.age.months, 1));
  const lastDay = new Date(Date.UTC(birth.getUTCFullYear(), birth.getUTCMonth() + 1, 0)).getUTCDate();
  birth.setUTCDate(Math.min(d, lastDay) - child.age.days);
  return `${birth.getUTCFullYear()}-${pad(birth.getUTCMonth() + 1)}-${pad(birth.getUTCDate())}`;
};

/** The attendance the triage assesses: this child, arriving at the demo MIU at `arrivedAt`. */
export const attendanceContext = (child: DemoChild, arrivedAt: string): AssessmentContext => ({
  patient: { dateOfBirth: dateOfBirth(child, arrivedAt.slice(0, 10)), sex: child.sex },
  attendance: {
    arrivedAt,
    providerId: 'RVR01',
    departmentType: '03',
    category: 'unplanned',
    reasons: [child.reason],
  },
});
