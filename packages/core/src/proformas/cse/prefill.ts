import { SCREEN_REASONS, SHARING_VIEWS, type CseAnswers, type CseKey, type ScreenReason } from './schema.ts';

// cse.md "Triggers › Prefill": what the paediatric triage's answers prefill, for the clinician to
// confirm, and the G3 prompt. Pure: the UI merges `answers` into a new draft.

export interface CsePrefill {
  answers: Partial<CseAnswers>;
  /** Prompts shown beside an item (never an answer): G3 when the triage records A10 = yes. */
  prompts: Partial<Record<CseKey, string>>;
}

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** B12.1 → S7: the same codes, `pregnancy` → `pregnancy-test`. */
const screenReasonsFrom = (needs: readonly string[]): ScreenReason[] =>
  needs
    .map((need) => (need === 'pregnancy' ? 'pregnancy-test' : need))
    .filter((code): code is ScreenReason => (SCREEN_REASONS as readonly string[]).includes(code));

export const csePrefill = (
  triage: Record<string, unknown>,
  attendanceReasons: readonly string[] = [],
): CsePrefill => {
  const answers: Partial<CseAnswers> = {};
  const fromB12 = screenReasonsFrom(list(triage['sexualHealthNeeds']));
  const sexualLaunch =
    triage['sexualHealthOrAssault'] === 'yes' ||
    attendanceReasons.includes('sexual-health') ||
    attendanceReasons.includes('sexual-assault');
  if (fromB12.length > 0) answers.screenReasons = fromB12;
  // SAFER READING: a sexual-health or sexual-assault launch without B12.1 codes is not prefilled
  // `other-concern` (that would hide the sexual context): the clinician ticks S7.
  else if (!sexualLaunch) answers.screenReasons = ['other-concern'];
  if (triage['missingFromHomeOrCare'] === 'yes') answers.goingMissing = 'yes';
  if (list(triage['exploitationSigns']).includes('older-associates')) answers.olderAssociatesOrGangs = 'yes';
  if (triage['notInEducation'] === 'yes') answers.excludedOrNotInEducation = 'yes';
  const view = triage['youngPersonSharingView'];
  if (typeof view === 'string' && (SHARING_VIEWS as readonly string[]).includes(view))
    answers.youngPersonSharingView = view as CseAnswers['youngPersonSharingView'];
  const prompts: CsePrefill['prompts'] =
    triage['disabilityOrCommunicationNeed'] === 'yes'
      ? {
          learningDisability:
            'The triage records a disability or communication need: is it a learning disability or difficulty?',
        }
      : {};
  return { answers, prompts };
};
