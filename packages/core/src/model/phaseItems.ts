import type { Item } from './item.ts';

/**
 * The items a phase's page asks, in order: its own shown items, then the shown items of other phases
 * that are also asked here (`alsoAskedIn`, e.g. paediatric triage B14.1 "asked at once" on the page
 * where a referral concern arises). An item asked on two pages holds one answer.
 */
export const itemsOnPage = <I extends Pick<Item, 'key' | 'phase' | 'alsoAskedIn'>>(
  items: readonly I[],
  phase: string,
  shown: ReadonlySet<string>,
): I[] => [
  ...items.filter((i) => i.phase === phase && shown.has(i.key)),
  ...items.filter((i) => i.phase !== phase && i.alsoAskedIn?.includes(phase) === true && shown.has(i.key)),
];
