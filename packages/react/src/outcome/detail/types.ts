import type { ProformaEvaluation } from '@proformas/core';

/** What a form's detail renderer reads. */
export interface FormDetailProps {
  /** The form's `detail`, as `assess` / `assessEncounter` return it (Assessment.detail). */
  detail: Record<string, unknown>;
  /**
   * The form's evaluation, when the host has it (the running form, the encounter): the answers,
   * derived values and reasons that `detail` does not carry (DASH professional judgement and
   * incidents, the frequent-attender's listed visits, the CSE emergency-contraception reason) and
   * the site's thresholds. Without it, what `detail` holds is shown.
   */
  evaluation?: Pick<ProformaEvaluation, 'answers' | 'derived' | 'config' | 'firings'>;
  /** The level of the section's heading (2 on a form's outcome, 3 inside the encounter). */
  headingLevel?: 2 | 3;
}
