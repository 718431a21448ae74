import {
  levelAtLeast,
  PLACEHOLDER,
  type DocumentKind as CoreDocumentKind,
  type EncounterAssessment,
  type Level,
  type Sensitivity,
} from '@proformas/core';
import { fromJson } from '../db/json.ts';
import type { AssessmentRow, DocumentRow } from '../db/types.ts';

export const DOCUMENT_KINDS = [
  'mash-referral',
  'marac-referral',
  'fgm-police-report',
  'notification',
] as const satisfies readonly CoreDocumentKind[];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
// And every kind core's generator drafts is accepted here (a compile error otherwise).
const _everyCoreKindAccepted: [Exclude<CoreDocumentKind, DocumentKind>] extends [never] ? true : never = true;
export const DOCUMENT_STATUSES = ['draft', 'sent', 'not-sent'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export const SENSITIVITY = 'safeguarding-third-party' satisfies Sensitivity;
/** referrals.md "Missing values": a required field still holding this blocks sending (core's). */
export { PLACEHOLDER };

/** A referral or notification (referrals.md): draft → sent with a reference, or not sent with a reason. */
export interface SafeguardingDocument {
  id: string;
  attendanceId: string;
  assessmentId: string | null;
  kind: DocumentKind;
  recipient: string;
  title: string;
  text: string;
  sensitivity: typeof SENSITIVITY | null;
  metadata: Record<string, unknown>;
  status: DocumentStatus;
  reference: string | null;
  notSentReason: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  statusAt: string | null;
}

export const toDocument = (row: DocumentRow): SafeguardingDocument => ({
  id: row.id,
  attendanceId: row.attendance_id,
  assessmentId: row.assessment_id,
  kind: row.kind as DocumentKind,
  recipient: row.recipient,
  title: row.title,
  text: row.body,
  sensitivity: row.sensitivity === SENSITIVITY ? SENSITIVITY : null,
  metadata: fromJson(row.metadata),
  status: row.status as DocumentStatus,
  reference: row.reference,
  notSentReason: row.not_sent_reason,
  version: row.version,
  createdAt: row.created_at,
  createdBy: row.created_by,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
  statusAt: row.status_at,
});

/**
 * referrals.md "Sensitivity": every document from a hidden-harm encounter, and every GP / health
 * visitor / school nurse notification at NOTIFY or above, carries the mark. The server applies
 * that floor whatever the drafter sent, and never removes a mark once set.
 */
export const sensitivityRequired = (kind: DocumentKind, assessment: AssessmentRow | undefined): boolean => {
  if (!assessment) return false;
  const result = fromJson<EncounterAssessment>(assessment.result);
  if (result.forms['hidden-harm'] !== undefined) return true;
  return kind === 'notification' && levelAtLeast(assessment.level as Level, 'NOTIFY');
};
