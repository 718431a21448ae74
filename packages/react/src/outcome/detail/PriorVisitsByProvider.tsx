import type { PriorVisit } from '@proformas/core';
import { formatDate } from '../../runner/formatAnswer.ts';

const DEPARTMENT: Record<string, string> = {
  '01': 'Emergency department',
  '02': 'Specialist emergency department',
  '03': 'Urgent treatment centre or minor injury unit',
  '04': 'Walk-in centre',
  'ooh-gp': 'Out-of-hours GP',
  unknown: 'Not known',
};
const NOT_COUNTED: Record<string, string> = {
  planned: 'No: a planned follow-up',
  'older-than-window': 'No: before the counting window',
  'ooh-gp-excluded': 'No: out-of-hours GP visits are not counted here',
  'after-today': 'No: after this visit',
  incomplete: 'No: the record is incomplete',
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateOf = (visit: PriorVisit): string =>
  visit.date
    ? formatDate(`${pad(visit.date.year, 4)}-${pad(visit.date.month)}-${pad(visit.date.day)}`)
    : 'Not known';

const byProvider = (visits: readonly PriorVisit[]): [string, PriorVisit[]][] => {
  const groups = new Map<string, PriorVisit[]>();
  for (const visit of visits) {
    const name = visit.providerName || visit.providerKey || 'Place not recorded';
    groups.set(name, [...(groups.get(name) ?? []), visit]);
  }
  return [...groups.entries()];
};

interface PriorVisitsByProviderProps {
  /** Core's list of prior visits (newest first), each counted or with why not. */
  visits: readonly PriorVisit[];
  headingLevel?: 3 | 4;
}

/** Every prior visit, grouped by the place it was made, newest first, with whether it counted. */
export function PriorVisitsByProvider({ visits, headingLevel = 3 }: PriorVisitsByProviderProps) {
  if (visits.length === 0) return <p className="nhsuk-body">No earlier visits are recorded.</p>;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="app-prior-visits">
      {byProvider(visits).map(([provider, list]) => (
        <div key={provider}>
          <Heading className="nhsuk-heading-s">
            {provider} ({list.length} {list.length === 1 ? 'visit' : 'visits'})
          </Heading>
          <table className="nhsuk-table">
            <caption className="nhsuk-u-visually-hidden">Earlier visits to {provider}</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  Date
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Department
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Notes
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Counted
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {list.map((visit) => (
                <tr className="nhsuk-table__row" key={visit.id}>
                  <td className="nhsuk-table__cell">{dateOf(visit)}</td>
                  <td className="nhsuk-table__cell">
                    {DEPARTMENT[visit.departmentType] ?? visit.departmentType}
                  </td>
                  <td className="nhsuk-table__cell">
                    {[
                      visit.reasons.join(', '),
                      visit.leftBeforeSeen ? 'left before being seen' : '',
                      visit.concernRecorded ? 'safeguarding concern recorded' : '',
                      visit.origin === 'reported' ? 'told by the family' : '',
                    ]
                      .filter(Boolean)
                      .join('; ') || 'None'}
                  </td>
                  <td className="nhsuk-table__cell">
                    {visit.counted ? 'Yes' : (NOT_COUNTED[visit.notCounted ?? ''] ?? 'No')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
