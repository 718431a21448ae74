import type { AttendanceRecord } from '@proformas/core';
import type { AttendanceLookup } from '@proformas/react';

// A made-up attendance registry for the demo's frequent-attender check: Jayden has three earlier
// visits at two places, Amira's registry does not answer, everyone else has no earlier visits.

const DAY = 24 * 60 * 60 * 1000;
const before = (arrivedAt: string, days: number): string =>
  `${new Date(Date.parse(arrivedAt) - days * DAY).toISOString().slice(0, 19)}+00:00`;

const visit = (
  nhsNumber: string,
  arrivedAt: string,
  id: string,
  days: number,
  place: { providerId: string; providerName: string; departmentType: AttendanceRecord['departmentType'] },
  presentingComplaint: string,
): AttendanceRecord => ({
  id,
  nhsNumber,
  arrivedAt: before(arrivedAt, days),
  ...place,
  category: 'unplanned',
  reasons: ['injury'],
  presentingComplaint,
  safeguardingConcernRecorded: false,
  leftBeforeSeen: false,
  outcome: 'discharged',
  referralMade: false,
  source: 'shared-record',
});

const NORTHGATE = {
  providerId: 'RNG01',
  providerName: 'Northgate Urgent Treatment Centre',
  departmentType: '03',
} as const;
const ST_ANNES = {
  providerId: 'RSA01',
  providerName: 'St Anne’s Hospital emergency department',
  departmentType: '01',
} as const;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The demo registry: answers after a short wait, as a real one would. */
export const demoLookup: AttendanceLookup = async (nhsNumber, request) => {
  await wait(600);
  if (nhsNumber === '9990000034') throw new Error('The demo registry is switched off for this patient.');
  if (nhsNumber !== '9990000026') return [];
  return [
    visit(nhsNumber, request.to, 'demo-1', 20, NORTHGATE, 'Cut knee'),
    visit(nhsNumber, request.to, 'demo-2', 95, ST_ANNES, 'Sprained wrist'),
    visit(nhsNumber, request.to, 'demo-3', 200, NORTHGATE, 'Bumped head'),
  ];
};
