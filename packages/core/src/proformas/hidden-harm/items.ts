import { domesticAbuseItems } from './items-abuse.ts';
import { withAnswerMessages, type HiddenHarmItem } from './items-common.ts';
import { dashItems } from './items-dash.ts';
import { presentationAndDependantItems } from './items-dependants.ts';
import { safetyAndHouseholdItems, sharingItems } from './items-safety.ts';
import type { HiddenHarmKey } from './schema.ts';

/**
 * Every item of hidden-harm.md "Items" (the DASH items included), in the order of its "Flow":
 * presentation, dependants, safetyNow, household, domesticAbuse (with the dash sub-phase),
 * informationSharing. A required item without its own message reads "Answer: <question>".
 */
export const hiddenHarmItems: readonly HiddenHarmItem[] = withAnswerMessages([
  ...presentationAndDependantItems,
  ...safetyAndHouseholdItems,
  ...domesticAbuseItems,
  ...sharingItems,
]);

// SAFER READING: the `dash` sub-phase is this ordered block inside `domesticAbuse` (DASH-PJ, DASH-N12
// and H12e follow it there), not a phase of its own.
/** The keys of the `dash` sub-phase (DASH1–DASH24 and DASH3.1), for a UI that shows it as a section. */
export const HIDDEN_HARM_DASH_KEYS: readonly HiddenHarmKey[] = dashItems.map((item) => item.key);
