import {
  flowStateOf,
  type AssessmentContext,
  type EncounterInputs,
  type ProformaEvaluation,
  type ProformaId,
} from '@proformas/core';
import type { SignedOff } from '../outcome/OutcomePanel.tsx';
import type { ProformaSnapshot } from '../state/proformaActor.ts';

/** Where a running form stands, as the encounter sees it (reported on every change). */
export interface FormProgress {
  proforma: ProformaId;
  /** The answers to shown items. */
  answers: Record<string, unknown>;
  /**
   * The form's own assessment context: the frequent-attender check's holds the registry's
   * `priorAttendances` once the lookup has returned, and none while it runs or after it failed.
   */
  assessmentContext: AssessmentContext;
  evaluation: ProformaEvaluation;
  /** The phase id, or `escalating`, `reviewing`, `outcome`, `signedOff`. */
  flow: string;
  /** What still blocks sign-off, in plain words. */
  issues: readonly string[];
  signedOff?: SignedOff;
}

/** Props every form component shares for running inside an encounter (all optional). */
export interface EncounterLinkProps {
  /** What the other forms of the encounter tell this one (core's encounter inputs). */
  encounter?: EncounterInputs;
  /** Called with the form's progress on start and on every change (answers, level, phase, sign-off). */
  onProgress?: (progress: FormProgress) => void;
}

export const progressOf = (snapshot: ProformaSnapshot): FormProgress => {
  const { context } = snapshot;
  return {
    proforma: context.proforma,
    answers: context.answers,
    assessmentContext: context.assessmentContext,
    evaluation: context.evaluation,
    flow: flowStateOf(snapshot.value),
    issues: context.issues.map((i) => i.message),
    ...(context.signedOff ? { signedOff: context.signedOff } : {}),
  };
};
