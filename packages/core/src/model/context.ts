import type { SafeguardingConfig } from './config.ts';

/** ECDS department type, plus out-of-hours GP (frequent-attender.md "Types"). */
export type DepartmentType = '01' | '02' | '03' | '04' | 'ooh-gp';

export const ATTENDANCE_REASONS = [
  'injury',
  'self-harm',
  'intoxication',
  'assault',
  'sexual-assault',
  'illness',
  'mental-health',
  'sexual-health',
  'other',
] as const;
export type AttendanceReason = (typeof ATTENDANCE_REASONS)[number];

export type AttendanceOutcome =
  | 'discharged'
  | 'follow-up-arranged'
  | 'referred-on'
  | 'admitted'
  | 'transferred'
  | 'left-before-complete'
  | 'unknown';

export type AttendanceSource = 'local' | 'shared-record' | 'cp-is' | 'self-report';

export interface AttendanceRecord {
  id: string;
  nhsNumber: string;
  arrivedAt: string;
  providerId: string;
  providerName: string;
  siteId?: string;
  departmentType: DepartmentType;
  category: 'unplanned' | 'planned-follow-up';
  reasons: AttendanceReason[];
  presentingComplaint?: string;
  safeguardingConcernRecorded: boolean;
  leftBeforeSeen: boolean;
  outcome: AttendanceOutcome;
  referralMade: boolean;
  referralTo?: string;
  referralReference?: string;
  source: AttendanceSource;
}

export type Sex = 'female' | 'male' | 'indeterminate' | 'unknown';

export interface AssessmentContext {
  patient: { dateOfBirth: string; sex: Sex };
  attendance: {
    arrivedAt: string;
    providerId: string;
    departmentType: DepartmentType;
    category: 'unplanned' | 'planned-follow-up';
    reasons?: AttendanceReason[];
  };
  priorAttendances?: AttendanceRecord[];
  config?: Partial<SafeguardingConfig>;
}
