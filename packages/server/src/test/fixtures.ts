import { SEED_SITES } from '../db/seed/sites.ts';
import { newId, seedPatientId, seedTodayAttendanceId } from './server.ts';

/** Seed records the tests lean on (see db/seed/patients.ts for each scenario). */
export const RUBY = {
  nhsNumber: '9990010005',
  patientId: seedPatientId('ruby-ashworth'),
  attendanceId: seedTodayAttendanceId('ruby-ashworth'),
};
export const OLIVER = {
  nhsNumber: '9990010374',
  patientId: seedPatientId('oliver-fenwick'),
  attendanceId: seedTodayAttendanceId('oliver-fenwick'),
};
export const AMELIA = {
  nhsNumber: '9990014817',
  patientId: seedPatientId('amelia-rowe'),
  attendanceId: seedTodayAttendanceId('amelia-rowe'),
};
export const DANIEL = {
  nhsNumber: '9990025916',
  patientId: seedPatientId('daniel-roberts'),
  attendanceId: seedTodayAttendanceId('daniel-roberts'),
};
export const MIU = SEED_SITES.MIU.id;
export const WIC = SEED_SITES.WIC.id;
export const ED = SEED_SITES.ED.id;

export const newPatientBody = (overrides: Record<string, unknown> = {}) => ({
  id: newId(),
  givenName: 'Test',
  familyName: 'Patient',
  dateOfBirth: '2015-06-01',
  sex: 'female',
  ...overrides,
});

export const newAttendanceBody = (patientId: string, overrides: Record<string, unknown> = {}) => ({
  id: newId(),
  patientId,
  presentingComplaint: 'Cut finger',
  reasons: ['injury'],
  accompaniedBy: [{ name: 'A parent', relationship: 'mother' }],
  ...overrides,
});

export const newDocumentBody = (attendanceId: string, overrides: Record<string, unknown> = {}) => ({
  attendanceId,
  kind: 'notification',
  recipient: 'Exampleton Health Centre',
  title: 'Notification to the GP',
  text: 'Seen today. No safeguarding concern found.',
  ...overrides,
});
