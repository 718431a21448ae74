import { useState } from 'react';
import { fetchReviewQueue, type ReviewFilter } from '../api/review.ts';
import { fetchSites } from '../api/sites.ts';
import { ErrorPanel } from '../components/ErrorPanel.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { formatDay, londonToday } from '../components/format.ts';
import { useLoad } from '../hooks/useLoad.ts';
import { useTitle } from '../hooks/useTitle.ts';
import { ReviewFilters } from './review/ReviewFilters.tsx';
import { ReviewItemCard } from './review/ReviewItemCard.tsx';
import { ReviewSummary } from './review/ReviewSummary.tsx';

/** The safeguarding lead's queue: every under-18 attendance and adult hidden-harm outcome at DISCUSS or above. */
export function ReviewQueuePage() {
  useTitle('Review queue');
  const [filter, setFilter] = useState<ReviewFilter>({ date: londonToday(), status: 'all' });
  const [round, setRound] = useState(0);
  const sites = useLoad(fetchSites, 'sites');
  const queue = useLoad(() => fetchReviewQueue(filter), `${JSON.stringify(filter)}:${round}`);
  return (
    <>
      <PageHeading caption="Safeguarding lead">Review queue</PageHeading>
      <p className="nhsuk-body">
        Every attendance by a child or young person under 18, and every adult hidden-harm outcome of “Discuss
        before discharge” or above. Overdue actions come first.
      </p>
      <ReviewFilters
        filter={filter}
        sites={sites.status === 'loaded' ? sites.data : []}
        onApply={setFilter}
      />
      {queue.status === 'loading' && <Loading what="the review queue" />}
      {queue.status === 'failed' && <ErrorPanel error={queue.error} onRetry={queue.reload} />}
      {queue.status === 'loaded' && (
        <>
          <h2 className="nhsuk-heading-m">{formatDay(queue.data.date)}</h2>
          <ReviewSummary summary={queue.data.summary} />
          {queue.data.items.length === 0 && (
            <p className="nhsuk-body">Nothing to review for these filters.</p>
          )}
          {queue.data.items.map((item) => (
            <ReviewItemCard key={item.attendance.id} item={item} onReviewed={() => setRound((r) => r + 1)} />
          ))}
        </>
      )}
    </>
  );
}
