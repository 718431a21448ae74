import type { SaveState } from './serverDraftStorage.ts';
import { formatTime } from '../components/format.ts';

/** Whether the draft has reached the server: saving, saved at a time, or not saved and why. */
export function SaveStatus({ state }: { state: SaveState }) {
  if (state.status === 'idle') return null;
  if (state.status === 'conflict' || state.status === 'failed')
    return (
      <div className="nhsuk-error-summary" role="alert">
        <h2 className="nhsuk-error-summary__heading">Your latest answers are not saved</h2>
        <div className="nhsuk-error-summary__body">
          <p>{state.message}</p>
          {state.status === 'conflict' && (
            <p>Reload the page to see the answers saved from the other window.</p>
          )}
        </div>
      </div>
    );
  return (
    <p className="nhsuk-body-s app-server-save" role="status">
      {state.status === 'saving'
        ? 'Saving to the server…'
        : `Saved to the server at ${formatTime(state.at.toISOString())}`}
    </p>
  );
}
