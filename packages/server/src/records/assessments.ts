import type {
  ActionItem,
  AssessmentContext,
  EncounterAnswers,
  EncounterAssessment,
  Level,
} from '@proformas/core';
import { fromJson } from '../db/json.ts';
import type { AssessmentRow } from '../db/types.ts';

/** A signed assessment: immutable; a change after sign-off is a new version. */
export interface SignedAssessment {
  id: string;
  attendanceId: string;
  version: number;
  level: Level;
  /** What core assessEncounter returned. */
  result: EncounterAssessment;
  /** core describeActions: each action's label and deadline. */
  actions: ActionItem[];
  answers: EncounterAnswers;
  /** The AssessmentContext the engine was given (with the registry's records, when used). */
  context: AssessmentContext;
  /** Whether the attendance history came from the registry or was not available. */
  history: 'registry' | 'unavailable';
  signedBy: { userId: string; name: string; role: string };
  signedAt: string;
}

export const toSignedAssessment = (row: AssessmentRow): SignedAssessment => ({
  id: row.id,
  attendanceId: row.attendance_id,
  version: row.version,
  level: row.level as Level,
  result: fromJson(row.result),
  actions: fromJson(row.actions),
  answers: fromJson(row.answers),
  context: fromJson(row.context),
  history: row.history as SignedAssessment['history'],
  signedBy: { userId: row.signed_by, name: row.signer_name, role: row.signer_role },
  signedAt: row.signed_at,
});
