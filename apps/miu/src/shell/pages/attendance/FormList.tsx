import { PROFORMA_TITLES } from '@proformas/core';
import { Link } from 'wouter';
import type { FormRow, FormStatus } from './formStatus.ts';

const STATUS: Record<FormStatus, { text: string; tag: string }> = {
  'not-started': { text: 'Not started', tag: 'nhsuk-tag--grey' },
  'in-progress': { text: 'In progress', tag: 'nhsuk-tag--blue' },
  completed: { text: 'Completed', tag: 'nhsuk-tag--green' },
};

/** The forms this attendance needs or is offered, each with why, where it stands and a link. */
export function FormList({ attendanceId, rows }: { attendanceId: string; rows: FormRow[] }) {
  return (
    <ul className="nhsuk-task-list app-form-list">
      {rows.map((row) => (
        <li className="nhsuk-task-list__item nhsuk-task-list__item--with-link" key={row.id}>
          <div className="nhsuk-task-list__name-and-hint">
            {row.available ? (
              <Link
                className="nhsuk-link nhsuk-task-list__link"
                href={`/attendances/${attendanceId}/forms/${row.id}`}
              >
                {PROFORMA_TITLES[row.id]}
              </Link>
            ) : (
              <span>{PROFORMA_TITLES[row.id]} (not available in this version)</span>
            )}
            <div className="nhsuk-task-list__hint">
              {/^(Required|Offered)/.test(row.reason)
                ? row.reason
                : `${row.requirement === 'required' ? 'Required' : 'Offered'}: ${row.reason}`}
            </div>
          </div>
          <div className="nhsuk-task-list__status">
            <strong className={`nhsuk-tag ${STATUS[row.status].tag}`}>{STATUS[row.status].text}</strong>
          </div>
        </li>
      ))}
    </ul>
  );
}
