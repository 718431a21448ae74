import type { AssessmentContext, AttendanceReason } from '../../model/context.ts';
import { rowName } from './rows.ts';
import type { ChildRow, HiddenHarmAnswers, PresentingReason } from './schema.ts';
import type { HiddenHarmDerived } from './types.ts';

// hidden-harm.md "Items" (H0 prefill) and "Triggers › Launches": pure helpers for a UI or the
// encounter layer. suggestProformas decides what is required or offered; these say what to prefill.

/** H0 from `attendance.reasons`: same codes; `injury`, `illness` and `sexual-health` become `other`. */
export const prefillPresentingReasons = (reasons: readonly AttendanceReason[] = []): PresentingReason[] => {
  const mapped = reasons.map((reason): PresentingReason => {
    switch (reason) {
      case 'self-harm':
      case 'intoxication':
      case 'mental-health':
      case 'assault':
      case 'sexual-assault':
      case 'other':
        return reason;
      case 'injury':
      case 'illness':
      case 'sexual-health':
        return 'other';
      default:
        return reason satisfies never;
    }
  });
  return [...new Set(mapped)];
};

export interface HiddenHarmLaunch {
  form: 'paediatric-triage' | 'fgm';
  /** Both launches are offered; FGM becomes required by its own trigger (fgm.md T4). */
  requirement: 'offered';
  /** The `children` rows the launch is about. */
  rows: number[];
  reason: string;
  /** The linked triage's context: this attendance, with the row's date of birth and sex. */
  context?: AssessmentContext;
  /** Answers for the clinician to confirm (never prefilled `no`). */
  prefill?: Record<string, unknown>;
}

/** The triage answers a `children` row and the household factors prefill (A6.1, A6.2, A7, A8, D1–D1.2). */
export const triagePrefill = (row: ChildRow, derived: HiddenHarmDerived): Record<string, unknown> => {
  const prefill: Record<string, unknown> = {};
  if (row.gp?.trim()) Object.assign(prefill, { gpRegistered: 'yes', gpPractice: row.gp.trim() });
  if (row.schoolOrNursery?.trim()) prefill['schoolOrNursery'] = row.schoolOrNursery.trim();
  if (row.cpisStatus === 'cin') prefill['cinOrSocialWorker'] = 'yes';
  else if (row.cpisStatus !== undefined) prefill['cpisResult'] = row.cpisStatus;
  if (derived.factorDa) prefill['carerDomesticAbuse'] = 'yes';
  if (derived.factorSub) prefill['carerSubstanceMisuse'] = 'yes';
  if (derived.factorMh) prefill['carerMentalHealth'] = 'yes';
  return prefill;
};

/** The launch offers of hidden-harm.md "Launches", one triage per child here, one FGM form for the girls. */
export const hiddenHarmLaunches = (
  answers: Partial<HiddenHarmAnswers>,
  derived: HiddenHarmDerived,
  context: AssessmentContext,
): HiddenHarmLaunch[] => {
  const children = answers.children ?? [];
  const launches: HiddenHarmLaunch[] = derived.presentChildren.flatMap((i) => {
    const row = children[i];
    if (!row) return [];
    return [
      {
        form: 'paediatric-triage' as const,
        requirement: 'offered' as const,
        rows: [i],
        reason: `${rowName(row, i)} is here in the department: offer a linked safeguarding triage about the child. Its letters carry this form’s safeguarding mark.`,
        ...(row.dateOfBirth
          ? { context: { ...context, patient: { dateOfBirth: row.dateOfBirth, sex: row.sex ?? 'unknown' } } }
          : {}),
        prefill: triagePrefill(row, derived),
      },
    ];
  });
  if (derived.girls.length > 0) {
    const names = derived.girls.map((i) => rowName(children[i] ?? {}, i)).join(', ');
    launches.push({
      form: 'fgm',
      requirement: 'offered',
      rows: derived.girls,
      reason: `Offer the female genital mutilation (FGM) form for the patient, to assess each girl in the family (${names}). Checking the national FGM information system needs each girl’s verified NHS number.`,
    });
  }
  return launches;
};
