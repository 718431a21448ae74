import type { ActionCode, ActionItem } from '@proformas/core';

/** The document whose sending completes an action with a deadline (the only one core dates today). */
const DOCUMENT_OF_ACTION: Partial<Record<ActionCode, string>> = {
  POLICE_101_FGM_REPORT: 'fgm-police-report',
};

/**
 * Whether an action is done: the attendance has been reviewed, or the action's documents have all
 * been sent.
 * SAFER READING: a report marked "not sent" (with a reason) is not done, so its action can still
 * be overdue; and an action whose document was never drafted is not done either.
 */
export const isActionDone = (
  code: ActionCode,
  reviewed: boolean,
  documents: readonly { kind: string; status: string }[],
): boolean => {
  if (reviewed) return true;
  const kind = DOCUMENT_OF_ACTION[code];
  if (!kind) return false;
  const own = documents.filter((d) => d.kind === kind);
  return own.length > 0 && own.every((d) => d.status === 'sent');
};

/**
 * Whether an action is overdue at `now`: it has a deadline, the deadline has passed (due exactly
 * now is not yet overdue) and it is not done. Deadlines carry their own offset
 * (`2025-06-10T23:59:59+01:00`, London time), so they are compared as instants, never as text.
 */
export const isOverdue = (action: Pick<ActionItem, 'due'>, done: boolean, now: Date): boolean => {
  if (done || action.due === undefined) return false;
  const due = Date.parse(action.due);
  return Number.isFinite(due) && due < now.getTime();
};
