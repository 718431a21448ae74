import { useSelector } from '@xstate/react';
import type { ProformaActor } from '../state/proformaActor.ts';

/**
 * The attendance-registry lookup some forms run first (frequent attender): while it runs, you
 * can stop waiting; when it has failed, why, and Try again. Shows nothing for other forms.
 */
export function LookupPanel({ actor }: { actor: ProformaActor }) {
  const running = useSelector(actor, (s) => s.hasTag('lookup.running'));
  const lookup = useSelector(actor, (s) => s.context.lookup);
  if (running) {
    return (
      <div className="nhsuk-inset-text" role="status">
        <p>Looking up this child’s earlier attendances in the registry.</p>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => actor.send({ type: 'lookup.stop' })}
        >
          Stop waiting
        </button>
      </div>
    );
  }
  if (lookup?.status !== 'failed') return null;
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">The attendance history is not available</h2>
        <p className="nhsuk-card__description">{lookup.message}</p>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => actor.send({ type: 'lookup.retry' })}
        >
          Try again
        </button>
      </div>
    </div>
  );
}
