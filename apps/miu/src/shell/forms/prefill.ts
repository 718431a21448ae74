import {
  csePrefill,
  fgmPrefillFromTriage,
  frequentAttenderPrefill,
  prefillPresentingReasons,
  type AssessmentContext,
  type ProformaId,
} from '@proformas/core';
import type { Draft } from '../api/types.ts';

/**
 * Answers a form starts with, from the attendance and the triage so far, by core's own prefill
 * helpers (the clinician checks them). Used only when no draft is restored.
 */
export const prefillFor = (
  id: ProformaId,
  context: AssessmentContext,
  drafts: readonly Draft[],
): Record<string, unknown> | undefined => {
  const triage = drafts.find((d) => d.proformaId === 'paediatric-triage')?.answers ?? {};
  const reasons = context.attendance.reasons ?? [];
  switch (id) {
    case 'hidden-harm': {
      const presentingReasons = prefillPresentingReasons(reasons);
      return presentingReasons.length > 0 ? { presentingReasons } : undefined;
    }
    case 'cse':
      return csePrefill(triage, reasons).answers;
    case 'fgm':
      return fgmPrefillFromTriage(triage);
    case 'frequent-attender':
      return frequentAttenderPrefill(context);
    case 'paediatric-triage':
      // The triage is the first form: nothing to carry over.
      return undefined;
  }
};
