import type { AttendanceOutcome, AttendanceReason, DepartmentType, Level } from '@proformas/core';
import { fromFlag, fromJson } from '../db/json.ts';
import type { AttendanceRow } from '../db/types.ts';

export const ATTENDANCE_STATUSES = [
  'waiting',
  'in-triage',
  'forms-in-progress',
  'outcome',
  'completed',
] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Someone who came with the patient. An empty list means the patient came alone. */
export interface Companion {
  name: string;
  relationship: string;
}

export interface Attendance {
  id: string;
  patientId: string;
  siteId: string;
  arrivedAt: string;
  category: 'unplanned' | 'planned-follow-up';
  departmentType: DepartmentType;
  presentingComplaint: string;
  reasons: AttendanceReason[];
  accompaniedBy: Companion[];
  status: AttendanceStatus;
  outcome: AttendanceOutcome;
  leftBeforeSeen: boolean;
  safeguardingConcernRecorded: boolean;
  referralMade: boolean;
  referralTo: string | null;
  referralReference: string | null;
  /** Encounter level of the latest signed assessment; null before the first. */
  level: Level | null;
  createdAt: string;
  updatedAt: string;
}

export const toAttendance = (row: AttendanceRow): Attendance => ({
  id: row.id,
  patientId: row.patient_id,
  siteId: row.site_id,
  arrivedAt: row.arrived_at,
  category: row.category as Attendance['category'],
  departmentType: row.department_type as DepartmentType,
  presentingComplaint: row.presenting_complaint,
  reasons: fromJson(row.reasons),
  accompaniedBy: fromJson(row.accompanied_by),
  status: row.status as AttendanceStatus,
  outcome: row.outcome as AttendanceOutcome,
  leftBeforeSeen: fromFlag(row.left_before_seen),
  safeguardingConcernRecorded: fromFlag(row.safeguarding_concern_recorded),
  referralMade: fromFlag(row.referral_made),
  referralTo: row.referral_to,
  referralReference: row.referral_reference,
  level: row.level as Level | null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});
