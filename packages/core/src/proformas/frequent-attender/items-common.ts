import { conditionBuilders } from '../../model/condition.ts';
import type { Item } from '../../model/item.ts';
import type { FrequentAttenderKey } from './schema.ts';
import type { FrequentAttenderDerivedName, FrequentAttenderPhaseId } from './types.ts';

// Shared pieces of the item tables (frequent-attender.md "Items" and "Completion rules").

export type FaItem = Item<FrequentAttenderKey, FrequentAttenderDerivedName, FrequentAttenderPhaseId>;
export const c = conditionBuilders<FrequentAttenderKey, FrequentAttenderDerivedName>();
export const answer = (question: string): string => `Answer '${question}' before you sign off.`;

export const HISTORY_UNAVAILABLE_MESSAGE =
  'Attendance history could not be checked. Record what you did instead (question V1), what you found (V2) and any other visits (V3).';
export const PATTERN_REVIEWED_MESSAGE = 'Read through the earlier visits before you sign off.';
export const LEAD_MUST_DISCUSS_MESSAGE =
  'This child must be discussed with the safeguarding lead or a senior clinician before leaving. Record the discussion.';

/** V10–V11 (and the Reviewing phase): n12 ≥ faRepeatAttenderCount or patternConcern. */
export const REVIEW_SHOWN = c.any(c.derived('repeatAttender'), c.derived('patternConcern'));
/** V12 (and the Discussing phase): n12 ≥ faFrequentAttenderCount, FA-P, or V10 a concern. */
export const LEAD_SHOWN = c.any(
  c.derived('frequentAttender'),
  c.derived('patternConcern'),
  c.oneOf('reviewDecision', ['concern-discuss', 'concern-refer']),
);

export const textItem = (
  key: FrequentAttenderKey,
  code: string,
  phase: FrequentAttenderPhaseId,
  question: string,
) => ({ key, code, phase, question, type: 'text', required: true }) as const;
