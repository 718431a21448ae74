import type { AssessmentContext, AttendanceRecord } from '@proformas/core';
import type { AttendanceRow, PatientRow, SiteRow } from '../db/types.ts';
import { toAttendance } from './attendances.ts';
import { siteConfig, toSite } from './sites.ts';
import { toPatient } from './patients.ts';

/** The AssessmentContext of an attendance, as core's assess / suggestProformas take it. */
export const assessmentContext = (
  patientRow: PatientRow,
  attendanceRow: AttendanceRow,
  siteRow: SiteRow,
  priorAttendances?: AttendanceRecord[],
): AssessmentContext => {
  const patient = toPatient(patientRow);
  const attendance = toAttendance(attendanceRow);
  const site = toSite(siteRow);
  const config = siteConfig(siteRow);
  return {
    patient: { dateOfBirth: patient.dateOfBirth, sex: patient.sex },
    attendance: {
      arrivedAt: attendance.arrivedAt,
      providerId: site.providerId,
      departmentType: attendance.departmentType,
      category: attendance.category,
      reasons: attendance.reasons,
    },
    ...(priorAttendances ? { priorAttendances } : {}),
    ...(Object.keys(config).length > 0 ? { config } : {}),
  };
};
