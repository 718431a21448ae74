// Encounters for the Bundle tests, built from the core fixtures: synthetic people only.
import {
  assessEncounter,
  draftDocuments,
  type AssessmentContext,
  type AttendanceRecord,
  type DocumentInputs,
  type EncounterAnswers,
  type ProformaFixture,
  type ProformaId,
} from '@proformas/core';
import type { EncounterBundleInput } from '../bundle/input.ts';

export const NHS_NUMBER = '9434765919';

export const attendanceFor = (
  context: AssessmentContext,
  over: Partial<AttendanceRecord> = {},
): AttendanceRecord => ({
  id: 'att-0001',
  nhsNumber: NHS_NUMBER,
  arrivedAt: context.attendance.arrivedAt,
  providerId: context.attendance.providerId,
  providerName: 'Synthetic Minor Injury Unit',
  siteId: 'RX1AB',
  departmentType: context.attendance.departmentType,
  category: context.attendance.category,
  reasons: context.attendance.reasons ?? [],
  presentingComplaint: 'Synthetic presenting complaint',
  safeguardingConcernRecorded: false,
  leftBeforeSeen: false,
  outcome: 'discharged',
  referralMade: false,
  source: 'local',
  ...over,
});

export const DOCUMENT_INPUTS: DocumentInputs = {
  patient: { fullName: 'Sam Synthetic', nhsNumber: NHS_NUMBER },
  referrer: {
    name: 'Dr A Synthetic',
    role: 'Emergency nurse practitioner',
    service: 'Synthetic MIU',
    phone: '01632 960000',
    email: 'a.synthetic@example.nhs.uk',
  },
  site: { name: 'Synthetic MIU', odsCode: 'RX1', departmentType: '03' },
  directory: {},
};

export const SIGNED = { by: 'Dr A Synthetic', at: '2025-03-14T18:00:00+00:00' };

/** The encounter of one form's fixture: assessed, its documents drafted; signed unless told. */
export const encounterOf = (
  id: ProformaId,
  fixture: Pick<ProformaFixture<Record<string, unknown>>, 'answers' | 'context'>,
  options: { signed?: boolean; attendance?: Partial<AttendanceRecord>; extra?: EncounterAnswers } = {},
): EncounterBundleInput => {
  const answers: EncounterAnswers = { ...options.extra, [id]: fixture.answers };
  const assessment = assessEncounter(answers, fixture.context);
  const documents = draftDocuments({
    answers,
    context: fixture.context,
    assessment,
    inputs: DOCUMENT_INPUTS,
  });
  return {
    attendance: attendanceFor(fixture.context, options.attendance),
    context: fixture.context,
    answers,
    assessment,
    documents,
    ...(options.signed === false ? {} : { signed: SIGNED }),
  };
};
