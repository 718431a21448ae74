import { fetchAssessments } from '../api/assessments.ts';
import { fetchDocuments } from '../api/documents.ts';
import { ErrorPanel } from '../components/ErrorPanel.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { PatientBanner } from '../components/PatientBanner.tsx';
import { useAttendance } from '../hooks/useAttendance.ts';
import { useLoad } from '../hooks/useLoad.ts';
import { useTitle } from '../hooks/useTitle.ts';
import { DocumentsSection } from './outcome/DocumentsSection.tsx';
import { EncounterOutcome } from './outcome/EncounterOutcome.tsx';
import { SignOutcome } from './outcome/SignOutcome.tsx';
import { useState } from 'react';

/** The encounter outcome: sign it, then its level, actions and reasons, and the referral and notification drafts. */
export function OutcomePage({ id }: { id: string }) {
  useTitle('Encounter outcome');
  const [round, setRound] = useState(0);
  const data = useAttendance(id, round);
  const records = useLoad(
    async () => ({ assessments: await fetchAssessments(id), documents: await fetchDocuments(id) }),
    `${id}:${round}`,
  );
  const reload = () => setRound((r) => r + 1);
  if (data.status === 'loading' || records.status === 'loading') return <Loading what="the outcome" />;
  if (data.status === 'failed') return <ErrorPanel error={data.error} onRetry={data.reload} />;
  if (records.status === 'failed') return <ErrorPanel error={records.error} onRetry={records.reload} />;
  const { attendance, patient, site, drafts } = data.data;
  const latest = records.data.assessments.at(-1);
  const changedSince = latest !== undefined && drafts.some((d) => d.updatedAt > latest.signedAt);
  return (
    <>
      <PageHeading caption="Attendance">Encounter outcome</PageHeading>
      <PatientBanner patient={patient} attendance={attendance} site={site} />
      {(!latest || changedSince) && (
        <SignOutcome attendanceId={id} drafts={drafts} again={changedSince} onSigned={reload} />
      )}
      {latest && (
        <>
          <EncounterOutcome assessment={latest} />
          <DocumentsSection
            assessment={latest}
            patient={patient}
            site={site}
            documents={records.data.documents.filter((d) => d.assessmentId === latest.id)}
            onChanged={reload}
          />
        </>
      )}
    </>
  );
}
