import { answer, type FaItem } from './items-common.ts';
import { headInjuryItem, historyItems } from './items-history.ts';
import { reviewItems } from './items-review.ts';

export {
  HISTORY_UNAVAILABLE_MESSAGE,
  LEAD_MUST_DISCUSS_MESSAGE,
  LEAD_SHOWN,
  PATTERN_REVIEWED_MESSAGE,
  REVIEW_SHOWN,
} from './items-common.ts';

/**
 * Every item of frequent-attender.md "Items", V1–V14 in order. A missing item's message is the
 * spec's "Answer '<question>' before you sign off." unless the Completion rules give another.
 */
export const frequentAttenderItems: readonly FaItem[] = [...historyItems, ...reviewItems, headInjuryItem].map(
  (item) => (item.requiredMessage ? item : { ...item, requiredMessage: answer(item.question) }),
);
