import {
  levelAtLeast,
  PLACEHOLDER,
  type AssessmentContext,
  type AttendanceRecord,
  type DocumentInputs,
  type Level,
} from '@proformas/core';
import { compactNhsNumber } from './nhsNumber.ts';
import type { EmbedAttendance, EmbedConfig, EmbedPatient } from './types.ts';

/** The engine's context: the patient and the attendance as the host gave them, with the site's settings. */
export const assessmentContextOf = (
  patient: EmbedPatient,
  attendance: EmbedAttendance,
  config: EmbedConfig = {},
): AssessmentContext => ({
  patient: { dateOfBirth: patient.dateOfBirth, sex: patient.sex },
  attendance: {
    arrivedAt: attendance.arrivedAt,
    providerId: attendance.providerId,
    departmentType: attendance.departmentType,
    category: attendance.category ?? 'unplanned',
    ...(attendance.reasons ? { reasons: attendance.reasons } : {}),
  },
  ...(config.safeguarding ? { config: config.safeguarding } : {}),
});

export const nhsNumberOf = (patient: EmbedPatient): string | undefined =>
  patient.nhsNumber ? compactNhsNumber(patient.nhsNumber) : undefined;

/**
 * The attendance as a registry AttendanceRecord (the bundle's Encounter). What the host did not
 * say takes the registry's defaults; the concern is recorded at DISCUSS or above, as the server does.
 */
export const attendanceRecordOf = (
  patient: EmbedPatient,
  attendance: EmbedAttendance,
  level: Level,
): AttendanceRecord => ({
  id: attendance.id,
  nhsNumber: nhsNumberOf(patient) ?? '',
  arrivedAt: attendance.arrivedAt,
  providerId: attendance.providerId,
  providerName: attendance.providerName ?? attendance.providerId,
  ...(attendance.siteId ? { siteId: attendance.siteId } : {}),
  departmentType: attendance.departmentType,
  category: attendance.category ?? 'unplanned',
  reasons: attendance.reasons ?? [],
  ...(attendance.presentingComplaint ? { presentingComplaint: attendance.presentingComplaint } : {}),
  safeguardingConcernRecorded: levelAtLeast(level, 'DISCUSS'),
  leftBeforeSeen: attendance.leftBeforeSeen ?? false,
  outcome: attendance.outcome ?? 'unknown',
  // The element drafts referrals; sending them (and so making one) is the clinician's step.
  referralMade: false,
  source: attendance.source ?? 'local',
});

/** What the referral drafts need beyond the answers; anything not given is a placeholder to fill in. */
export const documentInputsOf = (
  patient: EmbedPatient,
  attendance: EmbedAttendance,
  config: EmbedConfig,
  signed: { name: string; role: string },
): DocumentInputs => {
  const nhsNumber = nhsNumberOf(patient);
  const siteName = config.site?.name ?? attendance.providerName ?? PLACEHOLDER;
  return {
    patient: {
      fullName: patient.name ?? PLACEHOLDER,
      ...(nhsNumber ? { nhsNumber } : {}),
      ...(patient.address ? { address: patient.address } : {}),
    },
    referrer: {
      name: signed.name,
      role: signed.role,
      service: config.referrer?.service ?? siteName,
      phone: config.referrer?.phone ?? PLACEHOLDER,
      email: config.referrer?.email ?? PLACEHOLDER,
    },
    site: {
      name: siteName,
      odsCode: config.site?.odsCode ?? attendance.providerId,
      departmentType: attendance.departmentType,
      ...(config.site?.address ? { address: config.site.address } : {}),
    },
    directory: config.directory ?? {},
  };
};
