import { PROFORMA_TITLES } from '@proformas/core';
import { Link } from 'wouter';
import { ErrorPanel } from '../components/ErrorPanel.tsx';
import { LevelTag } from '../components/LevelTag.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { PatientBanner } from '../components/PatientBanner.tsx';
import { useAttendance } from '../hooks/useAttendance.ts';
import { useTitle } from '../hooks/useTitle.ts';
import { FormList } from './attendance/FormList.tsx';
import { formRows, nextForm, readyForOutcome } from './attendance/formStatus.ts';

/** One attendance: the patient, the forms it needs (completed in turn), and the way to the outcome. */
export function AttendancePage({ id }: { id: string }) {
  useTitle('Safeguarding forms for this attendance');
  const data = useAttendance(id);
  if (data.status === 'loading') return <Loading what="the attendance" />;
  if (data.status === 'failed') return <ErrorPanel error={data.error} onRetry={data.reload} />;
  const { attendance, patient, site, suggestions, drafts } = data.data;
  const rows = formRows(suggestions, drafts);
  const next = nextForm(rows);
  const ready = readyForOutcome(rows);
  return (
    <>
      <PageHeading caption="Attendance">Safeguarding forms for this attendance</PageHeading>
      <PatientBanner patient={patient} attendance={attendance} site={site} />
      {attendance.level && (
        <p className="nhsuk-body">
          Signed outcome: <LevelTag level={attendance.level} />
        </p>
      )}
      <h2 className="nhsuk-heading-m">Forms</h2>
      {rows.length === 0 ? (
        <p className="nhsuk-body">No safeguarding form is suggested for this attendance.</p>
      ) : (
        <FormList attendanceId={id} rows={rows} />
      )}
      {next && (
        <Link className="nhsuk-button" href={`/attendances/${id}/forms/${next.id}`}>
          {next.status === 'in-progress' ? 'Continue' : 'Start'}: {PROFORMA_TITLES[next.id]}
        </Link>
      )}
      {ready && (
        <Link className="nhsuk-button" href={`/attendances/${id}/outcome`}>
          {attendance.level ? 'See the encounter outcome' : 'Go to the encounter outcome'}
        </Link>
      )}
    </>
  );
}
