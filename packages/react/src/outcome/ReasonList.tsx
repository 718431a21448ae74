import type { Firing } from '@proformas/core';

const MARKS: Record<NonNullable<Firing['status']>, string> = {
  'project-rule': '[PROJECT RULE]',
  unverified: '[UNVERIFIED]',
};

/** The rule a reason comes from, as the spec names it: "P-R3 (c)". */
export const ruleName = (firing: Pick<Firing, 'rule' | 'clause'>): string =>
  firing.clause ? `${firing.rule} (${firing.clause})` : firing.rule;

/** Each reason in a sentence, with its rule id and the spec's marks on rules awaiting review. */
export function ReasonList({ firings }: { firings: readonly Firing[] }) {
  if (firings.length === 0) return <p className="nhsuk-body">No rule has fired yet.</p>;
  return (
    <ul className="nhsuk-list nhsuk-list--bullet app-reasons">
      {firings.map((firing) => (
        <li key={`${firing.rule}:${firing.clause ?? ''}:${firing.reason}`}>
          {firing.reason} <span className="app-rule-id">({ruleName(firing)})</span>
          {firing.status && (
            <strong className="nhsuk-tag nhsuk-tag--grey app-rule-mark">{MARKS[firing.status]}</strong>
          )}
        </li>
      ))}
    </ul>
  );
}
