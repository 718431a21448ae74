import { conditionBuilders } from '../../model/condition.ts';
import type { Item, ItemOption } from '../../model/item.ts';
import type { PaediatricTriageKey } from './schema.ts';
import type { TriageDerivedName, TriagePhaseId } from './types.ts';

/** One triage item: keys, derived names and phases are all typed, so a misspelling fails tsc. */
export type TriageItem = Item<PaediatricTriageKey, TriageDerivedName, TriagePhaseId>;

export const c = conditionBuilders<PaediatricTriageKey, TriageDerivedName>();

/** Options from the schema's codes and a label for every code (a missing label fails tsc). */
export const options = <T extends string>(codes: readonly T[], labels: Record<T, string>): ItemOption[] =>
  codes.map((code) => ({ code, label: labels[code] }));

// The spec's shorthands (paediatric-triage.md "Items").
/** "inj": `injuryOrMark` = yes. */
export const INJ = c.eq('injuryOrMark', 'yes');
/**
 * "acc": someone came with the child. READING: `accompaniedBy` ≠ alone is read as "A3 answered and
 * not alone", so A3.1–A4.1 and C4 wait for A3 (which is required, so sign-off is unaffected).
 */
export const ACC = c.all(c.answered('accompaniedBy'), c.not(c.eq('accompaniedBy', 'alone')));
/** "adult": acc and A3 ≠ friend-under-18. */
export const ADULT = c.all(ACC, c.not(c.eq('accompaniedBy', 'friend-under-18')));
/** "girl": `patient.sex` ≠ male. */
export const GIRL = c.sexIn('female', 'indeterminate', 'unknown');
/** The B14.2 waiver (paediatric-triage.md "Flow"): once the child has left, C1–C4.1 and E2–E2.2 are not required. */
export const NOT_LEFT = c.not(c.eq('leftBeforeCompletion', 'yes'));
