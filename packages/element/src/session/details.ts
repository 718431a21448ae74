import type {
  ActionCode,
  Assessment,
  DocumentDraft,
  EncounterAssessment,
  Level,
  ProformaId,
} from '@proformas/core';
import type { Bundle, QuestionnaireResponse } from '@proformas/fhir';
import type { InputName } from '../inputs/parse.ts';

/** `proforma-change` / `proforma.change`: an answer changed; the draft so far. */
export interface ChangeDetail {
  proforma: ProformaId;
  /** The draft, status `in-progress`; answers to questions not shown are left out. */
  questionnaireResponse: QuestionnaireResponse;
  /** The same answers by item key (pass either back as `prefill` to resume). */
  answers: Record<string, unknown>;
  /** The phase (or `reviewing`, `outcome`, `escalating`) the clinician is on. */
  phase: string;
  /** The level so far. */
  level: Level;
}

/** `proforma-escalation` / `proforma.escalation`: an answer needs action now (999, police). */
export interface EscalationDetail {
  proforma: ProformaId;
  level: 'EMERGENCY';
  /** Why, in plain English (one per emergency reason). */
  reasons: string[];
  /** The emergency actions, by code (POLICE_999 included), most urgent first. */
  actions: ActionCode[];
  /** The same actions in plain English. */
  actionLabels: string[];
  /** The rule ids that fired at EMERGENCY. */
  rules: string[];
  /** The draft at this moment. */
  questionnaireResponse: QuestionnaireResponse;
}

/** `proforma-complete` / `proforma.complete`: the form is signed off. */
export interface CompleteDetail {
  proforma: ProformaId;
  /** This form's assessment (level, actions, fired rules, reasons, detail). */
  assessment: Assessment;
  /** The encounter's, as assessEncounter gives it for this form alone. */
  encounterAssessment: EncounterAssessment;
  /** Status `completed`, with `authored` and `author`. */
  questionnaireResponse: QuestionnaireResponse;
  /** A FHIR R4 transaction Bundle (@proformas/fhir toBundle). */
  bundle: Bundle;
  /** The referral and notification drafts (@proformas/core draftDocuments), for the clinician to edit. */
  documents: DocumentDraft[];
  signedOff: { name: string; role: string; at: string };
}

/** `proforma-error` / `proforma.error`: something the host gave cannot be used. Nothing entered is lost. */
export interface ErrorDetail {
  /** The input at fault, when it is one. */
  input?: InputName | 'message';
  message: string;
}
