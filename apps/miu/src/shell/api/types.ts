import type {
  ActionItem,
  AssessmentContext,
  AttendanceReason,
  AttendanceRecord,
  DepartmentType,
  EncounterAssessment,
  Level,
  ProformaId,
  Sex,
  Suggestion,
} from '@proformas/core';

// The API's shapes, as packages/server/README.md documents them.

export type Role = 'clinician' | 'safeguarding-lead' | 'admin';
export interface User {
  id: string;
  username: string;
  displayName: string;
  professionalRole: string;
  role: Role;
}
export interface Site {
  id: string;
  name: string;
  providerId: string;
  providerName: string;
  departmentType: DepartmentType;
  region: string;
}
export interface Me {
  user: User;
  site: Site | null;
  sites: Site[];
}
export interface Patient {
  id: string;
  nhsNumber: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: Sex;
  address: string | null;
  gpPractice: string | null;
}
export interface Companion {
  name: string;
  relationship: string;
}
export type AttendanceStatus = 'waiting' | 'in-triage' | 'forms-in-progress' | 'outcome' | 'completed';
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
  outcome: string;
  leftBeforeSeen: boolean;
  safeguardingConcernRecorded: boolean;
  referralMade: boolean;
  referralTo: string | null;
  referralReference: string | null;
  level: Level | null;
  createdAt: string;
  updatedAt: string;
}
export interface Age {
  years: number;
  months: number;
  label: string;
}
export interface BoardRow {
  attendance: Attendance;
  patient: Patient;
  age: Age | null;
}
export interface AttendanceBundle {
  attendance: Attendance;
  patient: Patient;
  site: Site;
}
export interface Suggestions {
  suggestions: (Suggestion & { available: boolean })[];
  available: ProformaId[];
  /** The attendance's AssessmentContext, exactly as the server gives it to core. */
  context: AssessmentContext;
}
export interface Draft {
  attendanceId: string;
  proformaId: ProformaId;
  answers: Record<string, unknown>;
  snapshot: Record<string, unknown> | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}
export interface SignedAssessment {
  id: string;
  attendanceId: string;
  version: number;
  level: Level;
  result: EncounterAssessment;
  actions: ActionItem[];
  answers: Partial<Record<ProformaId, Record<string, unknown>>>;
  context: AssessmentContext;
  history: 'registry' | 'unavailable';
  signedBy: { userId: string; name: string; role: string };
  signedAt: string;
}
export type DocumentKind = 'mash-referral' | 'marac-referral' | 'fgm-police-report' | 'notification';
export interface SafeguardingDocument {
  id: string;
  attendanceId: string;
  assessmentId: string | null;
  kind: DocumentKind;
  recipient: string;
  title: string;
  text: string;
  sensitivity: 'safeguarding-third-party' | null;
  metadata: Record<string, unknown>;
  status: 'draft' | 'sent' | 'not-sent';
  reference: string | null;
  notSentReason: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  statusAt: string | null;
}
export interface CpisAnswer {
  source: 'simulated' | 'cp-is';
  label: string;
  nhsNumber: string;
  checkedAt: string;
  status: 'cpp' | 'lac' | 'unborn-cpp' | 'none' | 'not-available';
  localAuthority?: string;
  localAuthorityPhone?: string;
  since?: string;
  message?: string;
}
export type { AttendanceRecord };
export interface Review {
  id: string;
  attendanceId: string;
  reviewer: { id: string; displayName: string };
  note: string;
  reviewedAt: string;
}
export interface ReviewItem {
  kind: 'child' | 'adult-hidden-harm';
  attendance: Attendance;
  patient: Patient;
  site: { id: string; name: string };
  age: Age | null;
  level: Level | null;
  assessmentId: string | null;
  actions: (ActionItem & { overdue: boolean })[];
  overdueSince: string | null;
  reviews: Review[];
  reviewed: boolean;
  documents: { id: string; kind: string; status: string }[];
}
export interface ReviewQueue {
  date: string;
  summary: {
    total: number;
    unreviewed: number;
    overdue: number;
    byLevel: Record<string, number>;
    bySite: Record<string, number>;
  };
  items: ReviewItem[];
}
export interface AuditEntry {
  id: number;
  at: string;
  action: string;
  resource: string;
  resourceId: string | null;
  patientId: string | null;
  nhsNumber: string | null;
  siteId: string | null;
  user: { id: string; username: string; displayName: string; role: string } | null;
}
export interface AuditPage {
  entries: AuditEntry[];
  nextBefore: number | null;
}
