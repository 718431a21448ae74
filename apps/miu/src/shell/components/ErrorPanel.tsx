import { ApiError } from '../api/client.ts';
import { RefusedPage } from '../pages/RefusedPage.tsx';

/** A failed request in plain words; a refusal by the server shows the refusal page. */
export function ErrorPanel({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  if (error instanceof ApiError && error.status === 403) return <RefusedPage reason={error.message} />;
  return (
    <div className="nhsuk-error-summary" role="alert" tabIndex={-1}>
      <h2 className="nhsuk-error-summary__title">There is a problem</h2>
      <div className="nhsuk-error-summary__body">
        <p>{error.message}</p>
        {onRetry && (
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    </div>
  );
}
