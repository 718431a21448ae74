import type { AttendanceRecord } from '@proformas/core';
import type { CodeableConcept } from '../fhir/datatypes.ts';
import type { Encounter } from '../fhir/resources.ts';
import { projectCoding } from '../terminology/project.ts';
import { ODS_ORGANISATION, ODS_SITE, V3_ACT_CODE, ukCoreProfile } from '../terminology/systems.ts';
import { fhirDateTime, patientByNhsNumber } from './context.ts';

const DEPARTMENT: Record<AttendanceRecord['departmentType'], string> = {
  '01': 'Emergency department (type 1)',
  '02': 'Single specialty emergency department (type 2)',
  '03': 'Urgent treatment centre, minor injury unit or walk-in centre (type 3)',
  '04': 'Walk-in centre (type 4)',
  'ooh-gp': 'Out-of-hours GP',
};

export interface EncounterOptions {
  base: string;
  /** Triage B14.2 `leftBeforeCompletion` = yes: the attendance is written as left before seen. */
  leftBeforeCompletion?: boolean;
}

/**
 * The Encounter of an AttendanceRecord (coding.md §2.6). `safeguardingConcernRecorded` is not an
 * Encounter element: it follows from an Observation or Condition coded in the ECDS refset.
 */
export const toEncounter = (attendance: AttendanceRecord, options: EncounterOptions): Encounter => {
  const { base } = options;
  const leftBeforeSeen = attendance.leftBeforeSeen || options.leftBeforeCompletion === true;
  const disposition = leftBeforeSeen ? 'left-before-complete' : attendance.outcome;
  const reasons: CodeableConcept[] = attendance.reasons.map((reason) => ({
    coding: [projectCoding(base, 'attendance-reason', reason)],
  }));
  if (attendance.presentingComplaint) reasons.push({ text: attendance.presentingComplaint });
  return {
    resourceType: 'Encounter',
    meta: {
      profile: [ukCoreProfile('Encounter')],
      source: `${base}/CodeSystem/attendance-source#${attendance.source}`,
    },
    identifier: [{ system: `${base}/Id/attendance`, value: attendance.id }],
    status: disposition === 'unknown' ? 'in-progress' : 'finished',
    class:
      attendance.departmentType === 'ooh-gp'
        ? { system: V3_ACT_CODE, code: 'AMB', display: 'ambulatory' }
        : { system: V3_ACT_CODE, code: 'EMER', display: 'emergency' },
    type: [
      {
        coding: [
          projectCoding(
            base,
            'department-type',
            attendance.departmentType,
            DEPARTMENT[attendance.departmentType],
          ),
        ],
      },
      { coding: [projectCoding(base, 'attendance-category', attendance.category)] },
    ],
    subject: patientByNhsNumber(attendance.nhsNumber),
    period: { start: fhirDateTime(attendance.arrivedAt) },
    ...(reasons.length > 0 ? { reasonCode: reasons } : {}),
    hospitalization: {
      dischargeDisposition: { coding: [projectCoding(base, 'attendance-outcome', disposition)] },
    },
    ...(attendance.siteId
      ? { location: [{ location: { identifier: { system: ODS_SITE, value: attendance.siteId } } }] }
      : {}),
    serviceProvider: {
      type: 'Organization',
      identifier: { system: ODS_ORGANISATION, value: attendance.providerId },
      display: attendance.providerName,
    },
  };
};
