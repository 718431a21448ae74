import type {
  AttendanceOutcome,
  AttendanceReason,
  AttendanceSource,
  DepartmentType,
  DirectoryContact,
  SafeguardingConfig,
  Sex,
} from '@proformas/core';
import type { QuestionnaireResponse } from '@proformas/fhir';

/** The patient the form is about, as the host EPR knows them. Synthetic data only in tests and demos. */
export interface EmbedPatient {
  /** Full name, for the referral drafts ("Amy Testpatient"). */
  name?: string;
  /** 10 digits, spaces allowed ("999 000 0018"); checked with Modulus 11. */
  nhsNumber?: string;
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  sex: Sex;
  address?: string;
}

/** The attendance (the EPR's encounter): becomes the FHIR Encounter of the bundle. */
export interface EmbedAttendance {
  /** The EPR's id of the attendance; the bundle's urn:uuid ids derive from it. */
  id: string;
  /** ISO date-time with an offset, "2026-11-26T10:30:00+00:00". */
  arrivedAt: string;
  /** ODS code of the provider ("RXX"). */
  providerId: string;
  providerName?: string;
  siteId?: string;
  departmentType: DepartmentType;
  category?: 'unplanned' | 'planned-follow-up';
  reasons?: AttendanceReason[];
  presentingComplaint?: string;
  outcome?: AttendanceOutcome;
  leftBeforeSeen?: boolean;
  source?: AttendanceSource;
}

/** Site settings: thresholds, the FHIR base, who the referral drafts come from and go to. */
export interface EmbedConfig {
  /** Site overrides of the engine's settings (core's SafeguardingConfig). */
  safeguarding?: Partial<SafeguardingConfig>;
  /** The deployment's FHIR canonical base (default: @proformas/fhir's placeholder). */
  fhirBase?: string;
  site?: { name?: string; odsCode?: string; address?: string };
  /** The signed-in clinician's service and contact details (name and role come from the sign-off). */
  referrer?: { service?: string; phone?: string; email?: string };
  directory?: {
    mash?: DirectoryContact;
    emergencyDutyTeam?: DirectoryContact;
    police101?: DirectoryContact;
    maracCoordinator?: DirectoryContact;
    gpPractice?: DirectoryContact;
    healthVisiting?: DirectoryContact;
    schoolNursing?: DirectoryContact;
  };
}

/** Services the element calls itself. */
export interface EmbedEndpoints {
  /**
   * The attendance registry: `GET <registry>?nhsNumber=&from=&to=` → AttendanceRecord[]
   * (@proformas/server's `/api/registry/attendances`), for the frequent-attender form.
   */
  registry?: string;
  /** CP-IS: `GET <cpis>?nhsNumber=` → `{ status }` (@proformas/server's `/api/cpis`), for triage A7. */
  cpis?: string;
  /** Sent with every request: `include` when the services sit behind the EPR's session cookie. */
  credentials?: RequestCredentials;
}

/** Answers known before the form opens: plain answers by item key, or a QuestionnaireResponse. */
export type Prefill = Record<string, unknown> | QuestionnaireResponse;

/** Everything the host gives a form. */
export interface EmbedInputs {
  proforma: string;
  patient: EmbedPatient;
  attendance: EmbedAttendance;
  prefill?: Prefill;
  config?: EmbedConfig;
  endpoints?: EmbedEndpoints;
}
