import { Link } from 'wouter';
import type { BoardRow } from '../../api/types.ts';
import { AttendanceFlags } from '../../components/AttendanceFlags.tsx';
import { formatTime, fullName, STATUS_LABELS } from '../../components/format.ts';
import { LevelTag } from '../../components/LevelTag.tsx';

/** One part of the board (waiting, in triage, done) as a table. */
export function BoardTable({ heading, rows }: { heading: string; rows: BoardRow[] }) {
  const id = `board-${heading.toLowerCase().replace(/\s+/g, '-')}`;
  return (
    <section aria-labelledby={id}>
      <h2 className="nhsuk-heading-m" id={id}>
        {heading} ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p className="nhsuk-body">Nobody.</p>
      ) : (
        <table className="nhsuk-table">
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Patient</th>
              <th scope="col">Age</th>
              <th scope="col">Arrived</th>
              <th scope="col">Presenting complaint</th>
              <th scope="col">Flags</th>
              <th scope="col">Outcome level</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map(({ attendance, patient, age }) => (
              <tr key={attendance.id}>
                <td>
                  <Link href={`/attendances/${attendance.id}`}>{fullName(patient)}</Link>
                  <br />
                  <span className="nhsuk-body-s">{STATUS_LABELS[attendance.status]}</span>
                </td>
                <td>{age?.label ?? 'Not known'}</td>
                <td>{formatTime(attendance.arrivedAt)}</td>
                <td>{attendance.presentingComplaint}</td>
                <td>
                  <AttendanceFlags
                    attendance={attendance}
                    patient={patient}
                    child={age !== null && age.years < 18}
                  />
                </td>
                <td>
                  <LevelTag level={attendance.level} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
