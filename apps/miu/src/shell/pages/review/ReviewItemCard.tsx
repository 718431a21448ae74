import { Link } from 'wouter';
import type { ReviewItem } from '../../api/types.ts';
import { formatDateTime, formatNhsNumber, formatTime, fullName } from '../../components/format.ts';
import { LevelTag } from '../../components/LevelTag.tsx';
import { MarkReviewedForm } from './MarkReviewedForm.tsx';

/** One attendance to review: who, where, the level, overdue actions first, documents, and the review. */
export function ReviewItemCard({ item, onReviewed }: { item: ReviewItem; onReviewed: () => void }) {
  const { attendance, patient } = item;
  const headingId = `review-${attendance.id}`;
  const overdue = item.actions.filter((a) => a.overdue);
  return (
    <section
      className={`nhsuk-card${item.overdueSince ? ' app-overdue-card' : ''}`}
      aria-labelledby={headingId}
    >
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading" id={headingId}>
          {fullName(patient)}, {item.age?.label ?? 'age not known'}
        </h3>
        <p className="nhsuk-body-s">
          {item.kind === 'child' ? 'Child or young person' : 'Adult hidden harm'} · NHS number{' '}
          {formatNhsNumber(patient.nhsNumber)} · {item.site.name} · arrived {formatTime(attendance.arrivedAt)}{' '}
          · <LevelTag level={item.level} />
        </p>
        <p className="nhsuk-body">{attendance.presentingComplaint}</p>
        {overdue.length > 0 && (
          <div className="nhsuk-warning-callout app-overdue">
            <h4 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>Overdue
              </span>
            </h4>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {overdue.map((a) => (
                <li key={a.code}>
                  {a.label.replace(/\.$/, '')}
                  {a.due ? `: was due ${formatDateTime(a.due)}` : ''}
                </li>
              ))}
            </ul>
          </div>
        )}
        {item.documents.length > 0 && (
          <p className="nhsuk-body-s">
            Documents: {item.documents.map((d) => `${d.kind.replace(/-/g, ' ')} (${d.status})`).join(', ')}
          </p>
        )}
        <p className="nhsuk-body-s">
          <Link href={`/attendances/${attendance.id}`}>Open the attendance of {fullName(patient)}</Link>
        </p>
        {item.reviews.map((r) => (
          <p className="nhsuk-body" key={r.id}>
            <strong className="nhsuk-tag nhsuk-tag--green">Reviewed</strong> by {r.reviewer.displayName},{' '}
            {formatDateTime(r.reviewedAt)}: {r.note}
          </p>
        ))}
        {!item.reviewed && (
          <MarkReviewedForm attendanceId={attendance.id} name={fullName(patient)} onDone={onReviewed} />
        )}
      </div>
    </section>
  );
}
