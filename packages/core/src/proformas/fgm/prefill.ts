import type { FgmAnswers, FgmKey } from './schema.ts';
import type { FgmPhaseId } from './types.ts';

/** B17.1 `fgmSource` tick → the FGM item it prefills `yes` (fgm.md "Prefill from the triage"). */
type PrefilledKey = Extract<FgmKey, 'girlDisclosed' | 'signsObserved' | 'thirdPartyReport'>;
const SOURCE_TO_ITEM: Readonly<Record<string, PrefilledKey>> = {
  'she-said': 'girlDisclosed',
  'signs-seen': 'signsObserved',
  'someone-told': 'thirdPartyReport',
};

/** A7.1 `fgmIsIndicator` → F0 `fgmIsIndicatorFound`. */
const A71_TO_F0: Record<string, 'yes' | 'no' | 'unknown'> = {
  yes: 'yes',
  no: 'no',
  'not-checked': 'unknown',
};

/**
 * The FGM answers the paediatric triage prefills (T5, T6; the clinician confirms each): A7.1 → F0,
 * and each B17.1 tick → F4a, F5a or F6a `yes` when B17 = yes. Nothing is prefilled `no`.
 * Pure: reads the triage answers as plain data (they may come from another form's draft).
 */
export const fgmPrefillFromTriage = (
  triageAnswers: Readonly<Record<string, unknown>>,
): Partial<FgmAnswers> => {
  const prefill: Partial<FgmAnswers> = {};
  const a71 = triageAnswers['fgmIsIndicator'];
  if (typeof a71 === 'string' && Object.hasOwn(A71_TO_F0, a71)) prefill.fgmIsIndicatorFound = A71_TO_F0[a71];
  const sources = triageAnswers['fgmSource'];
  if (triageAnswers['fgmDisclosedOrSeen'] === 'yes' && Array.isArray(sources)) {
    for (const source of sources) {
      const key =
        typeof source === 'string' && Object.hasOwn(SOURCE_TO_ITEM, source)
          ? SOURCE_TO_ITEM[source]
          : undefined;
      if (key) prefill[key] = 'yes';
    }
  }
  return prefill;
};

/** fgm.md "Flow" 1: a launch by triage B17 (T5) opens at *has FGM happened*; otherwise at *screen*. */
export const fgmStartPhase = (triageAnswers: Readonly<Record<string, unknown>>): FgmPhaseId =>
  triageAnswers['fgmDisclosedOrSeen'] === 'yes' ? 'hasFgmHappened' : 'screen';
