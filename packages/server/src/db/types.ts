import type { Generated, Kysely, Selectable } from 'kysely';

// The typed schema of the one query layer (Kysely). Both dialects store the same shapes:
// text for ids, dates (YYYY-MM-DD), instants (UTC ISO strings of fixed width, so they sort as
// text) and JSON; integer 0 / 1 for booleans. Rows are snake_case; the API is camelCase.

export interface SitesTable {
  /** ODS site code. */
  id: string;
  name: string;
  /** ODS organisation code of the provider that runs the site (AttendanceRecord.providerId). */
  provider_id: string;
  provider_name: string;
  department_type: string;
  region: string;
  /** JSON: Partial<SafeguardingConfig> overrides for this site. */
  config: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  /** Professional role in words ("Emergency nurse practitioner"), shown on signatures. */
  professional_role: string;
  role: string;
  password_hash: string;
  disabled: number;
  created_at: string;
}

export interface UserSitesTable {
  user_id: string;
  site_id: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a stolen database does not yield live sessions. */
  id: string;
  user_id: string;
  site_id: string | null;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface PatientsTable {
  id: string;
  nhs_number: string | null;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  sex: string;
  address: string | null;
  gp_practice: string | null;
  created_at: string;
  created_by: string | null;
  /** SHA-256 of the create request, to tell a retry from a different record with the same id. */
  request_hash: string;
}

export interface AttendancesTable {
  id: string;
  patient_id: string;
  site_id: string;
  arrived_at: string;
  category: string;
  department_type: string;
  presenting_complaint: string;
  /** JSON: AttendanceReason[]. */
  reasons: string;
  /** JSON: { name, relationship }[]; empty = came alone. */
  accompanied_by: string;
  status: string;
  outcome: string;
  left_before_seen: number;
  safeguarding_concern_recorded: number;
  referral_made: number;
  referral_to: string | null;
  referral_reference: string | null;
  /** Encounter level of the latest signed assessment. */
  level: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  request_hash: string;
}

export interface DraftsTable {
  attendance_id: string;
  proforma_id: string;
  /** JSON: the form's answers so far. */
  answers: string;
  /** JSON: the persisted statechart snapshot, or null. */
  snapshot: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export interface AssessmentsTable {
  id: string;
  attendance_id: string;
  version: number;
  level: string;
  /** JSON: EncounterAnswers as signed. */
  answers: string;
  /** JSON: the AssessmentContext the engine used. */
  context: string;
  /** JSON: EncounterAssessment. */
  result: string;
  /** JSON: ActionItem[] from describeActions. */
  actions: string;
  history: string;
  signed_by: string;
  signer_name: string;
  signer_role: string;
  signed_at: string;
  request_hash: string;
}

export interface DocumentsTable {
  id: string;
  attendance_id: string;
  assessment_id: string | null;
  kind: string;
  recipient: string;
  title: string;
  body: string;
  /** JSON: the generator's metadata. */
  metadata: string;
  sensitivity: string | null;
  status: string;
  reference: string | null;
  not_sent_reason: string | null;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  status_at: string | null;
}

export interface ReviewsTable {
  id: string;
  attendance_id: string;
  reviewer_id: string;
  note: string;
  reviewed_at: string;
  request_hash: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  site_id: string | null;
  action: string;
  resource: string;
  resource_id: string | null;
  patient_id: string | null;
}

export interface Database {
  sites: SitesTable;
  users: UsersTable;
  user_sites: UserSitesTable;
  sessions: SessionsTable;
  patients: PatientsTable;
  attendances: AttendancesTable;
  drafts: DraftsTable;
  assessments: AssessmentsTable;
  documents: DocumentsTable;
  reviews: ReviewsTable;
  audit_log: AuditLogTable;
}

export type Db = Kysely<Database>;
export type SiteRow = Selectable<SitesTable>;
export type UserRow = Selectable<UsersTable>;
export type PatientRow = Selectable<PatientsTable>;
export type AttendanceRow = Selectable<AttendancesTable>;
export type DraftRow = Selectable<DraftsTable>;
export type AssessmentRow = Selectable<AssessmentsTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type ReviewRow = Selectable<ReviewsTable>;
export type AuditRow = Selectable<AuditLogTable>;
