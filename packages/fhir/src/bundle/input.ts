import type {
  AssessmentContext,
  AttendanceRecord,
  DocumentDraft,
  EncounterAnswers,
  EncounterAssessment,
} from '@proformas/core';

/** Everything `toBundle` writes from: one attendance with its forms, outcome and drafts. */
export interface EncounterBundleInput {
  /** The attendance (frequent-attender.md `AttendanceRecord`): becomes the Encounter. */
  attendance: AttendanceRecord;
  context: AssessmentContext;
  answers: EncounterAnswers;
  /** `assessEncounter(answers, context)`. */
  assessment: EncounterAssessment;
  /** `draftDocuments(…)`: each becomes a Communication (its text the payload). */
  documents?: readonly DocumentDraft[];
  /** Sign-off: the forms become completed and final, the requests active. Absent: a draft. */
  signed?: { by: string; at: string };
}
