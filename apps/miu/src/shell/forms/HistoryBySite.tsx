import type { AttendanceRecord } from '@proformas/core';
import type { ProformaActor } from '@proformas/react';
import { useSelector } from '@xstate/react';
import { formatDateTime } from '../components/format.ts';

const bySite = (records: readonly AttendanceRecord[]): [string, AttendanceRecord[]][] => {
  const groups = new Map<string, AttendanceRecord[]>();
  for (const r of records) {
    const key = `${r.providerName}${r.siteId ? ` (${r.siteId})` : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()];
};

/** The registry's attendances for this patient, listed by site, newest first. */
export function HistoryBySite({ actor }: { actor: ProformaActor }) {
  const records = useSelector(actor, (s) => s.context.assessmentContext.priorAttendances);
  const detail = useSelector(actor, (s) => s.context.evaluation.detail);
  if (!records) return null;
  const counts = detail as { faLevel?: string; n12?: number; n6?: number; providers12?: number };
  return (
    <section aria-labelledby="history-by-site" className="app-history">
      <h2 className="nhsuk-heading-m" id="history-by-site">
        Earlier attendances by site ({records.length})
      </h2>
      {counts.faLevel && (
        <p className="nhsuk-body">
          Frequent-attender level: <strong>{counts.faLevel}</strong> ({counts.n12 ?? 0} unplanned visits in 12
          months and {counts.n6 ?? 0} in 6 months, counting today, at {counts.providers12 ?? 0}{' '}
          {counts.providers12 === 1 ? 'provider' : 'providers'}).
        </p>
      )}
      {records.length === 0 && <p className="nhsuk-body">No earlier attendances in the last 12 months.</p>}
      {bySite(records).map(([site, visits]) => (
        <div key={site}>
          <h3 className="nhsuk-heading-s">
            {site}: {visits.length} {visits.length === 1 ? 'visit' : 'visits'}
          </h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {visits.map((v) => (
              <li key={v.id}>
                {formatDateTime(v.arrivedAt)}: {v.presentingComplaint ?? v.reasons.join(', ')}
                {v.safeguardingConcernRecorded ? ' (safeguarding concern recorded)' : ''}
                {v.leftBeforeSeen ? ' (left before being seen)' : ''}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
