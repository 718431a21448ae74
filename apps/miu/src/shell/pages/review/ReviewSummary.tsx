import type { ReviewQueue } from '../../api/types.ts';

/** How many to review today, how many are not reviewed yet and how many are overdue. */
export function ReviewSummary({ summary }: { summary: ReviewQueue['summary'] }) {
  return (
    <ul className="nhsuk-list app-review-summary">
      <li>
        <strong>{summary.total}</strong> to review
      </li>
      <li>
        <strong>{summary.unreviewed}</strong> not reviewed yet
      </li>
      <li className={summary.overdue > 0 ? 'app-overdue' : undefined}>
        <strong>{summary.overdue}</strong> with an overdue action
      </li>
    </ul>
  );
}
