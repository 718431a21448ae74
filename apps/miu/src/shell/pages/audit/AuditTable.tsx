import type { AuditEntry } from '../../api/types.ts';
import { formatDateTime, formatNhsNumber } from '../../components/format.ts';

/** The audit entries found: when, who, what, which patient, from which site. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0)
    return (
      <p className="nhsuk-body" role="status">
        No entries found.
      </p>
    );
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption" role="status">
        {entries.length} {entries.length === 1 ? 'entry' : 'entries'}
      </caption>
      <thead className="nhsuk-table__head">
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Patient (NHS number)</th>
          <th scope="col">Site</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {entries.map((e) => (
          <tr key={e.id}>
            <td>{formatDateTime(e.at)}</td>
            <td>{e.user ? `${e.user.displayName} (${e.user.username}, ${e.user.role})` : 'Not signed in'}</td>
            <td>
              {e.action} {e.resource}
            </td>
            <td>{e.nhsNumber ? formatNhsNumber(e.nhsNumber) : e.patientId ? 'No NHS number' : '—'}</td>
            <td>{e.siteId ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
