import { Link } from 'wouter';
import { fetchBoard } from '../api/attendances.ts';
import type { AttendanceStatus, BoardRow } from '../api/types.ts';
import { ErrorPanel } from '../components/ErrorPanel.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLoad } from '../hooks/useLoad.ts';
import { useTitle } from '../hooks/useTitle.ts';
import { useMe } from '../session/SessionContext.tsx';
import { BoardTable } from './board/BoardTable.tsx';

const COLUMNS: { heading: string; statuses: AttendanceStatus[] }[] = [
  { heading: 'Waiting', statuses: ['waiting'] },
  { heading: 'In triage', statuses: ['in-triage', 'forms-in-progress'] },
  { heading: 'Done', statuses: ['outcome', 'completed'] },
];

/** Today's attendances at the chosen site: who is waiting, in triage, done. */
export function BoardPage() {
  useTitle('Attendance board');
  const me = useMe();
  const board = useLoad(() => fetchBoard(), me.site?.id ?? '');
  return (
    <>
      <PageHeading caption={me.site?.name}>Attendance board</PageHeading>
      <p className="nhsuk-body">
        <Link className="nhsuk-button" href="/register">
          Register an attendance
        </Link>
      </p>
      {board.status === 'loading' && <Loading what="the board" />}
      {board.status === 'failed' && <ErrorPanel error={board.error} onRetry={board.reload} />}
      {board.status === 'loaded' &&
        COLUMNS.map((column) => (
          <BoardTable
            key={column.heading}
            heading={column.heading}
            rows={board.data.filter((r: BoardRow) => column.statuses.includes(r.attendance.status))}
          />
        ))}
    </>
  );
}
