import type { AnyProformaDefinition } from '@proformas/core';
import { useSelector } from '@xstate/react';
import type { ProformaActor } from '../state/proformaActor.ts';

/**
 * The definition's banners that hold now (the statechart tags `alert.<id>`), e.g. "Phone the MASH
 * now". A live region, so a screen reader hears one appear as soon as an answer raises it.
 */
export function AlertBanners({
  definition,
  actor,
}: {
  definition: AnyProformaDefinition;
  actor: ProformaActor;
}) {
  const active = useSelector(
    actor,
    (s) =>
      (definition.alerts ?? []).filter((alert) => s.hasTag(`alert.${alert.id}`)).map((alert) => alert.id),
    (a, b) => a.join('|') === b.join('|'),
  );
  const alerts = (definition.alerts ?? []).filter((alert) => active.includes(alert.id));
  return (
    <div role="status" aria-live="polite" aria-label="Actions raised by the answers">
      {alerts.length > 0 && (
        <div className="nhsuk-card nhsuk-card--warning app-alerts">
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading">Do this now</h2>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {alerts.map((alert) => (
                <li key={alert.id}>{alert.message}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </div>
  );
}
