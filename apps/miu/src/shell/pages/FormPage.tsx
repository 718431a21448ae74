import { PROFORMA_IDS, PROFORMA_TITLES, type ProformaId } from '@proformas/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { ErrorPanel } from '../components/ErrorPanel.tsx';
import { Loading } from '../components/Loading.tsx';
import { PatientBanner } from '../components/PatientBanner.tsx';
import { FormRunner } from '../forms/FormRunner.tsx';
import { prefillFor } from '../forms/prefill.ts';
import { SaveStatus } from '../forms/SaveStatus.tsx';
import { serverDraftStorage, type SaveState } from '../forms/serverDraftStorage.ts';
import { useAttendance, type AttendanceData } from '../hooks/useAttendance.ts';
import { useTitle } from '../hooks/useTitle.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

/** One form of an attendance, its draft saved to the server as the clinician goes. */
export function FormPage({ id, proformaId }: { id: string; proformaId: string }) {
  const known = (PROFORMA_IDS as readonly string[]).includes(proformaId);
  useTitle(known ? PROFORMA_TITLES[proformaId as ProformaId] : 'Page not found');
  const data = useAttendance(id);
  if (!known) return <NotFoundPage />;
  if (data.status === 'loading') return <Loading what="the form" />;
  if (data.status === 'failed') return <ErrorPanel error={data.error} onRetry={data.reload} />;
  return <LoadedForm data={data.data} proformaId={proformaId as ProformaId} />;
}

function LoadedForm({ data, proformaId }: { data: AttendanceData; proformaId: ProformaId }) {
  const [, navigate] = useLocation();
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const { attendance, patient, site, suggestions, drafts } = data;
  const [storage] = useState(() =>
    serverDraftStorage(
      attendance.id,
      proformaId,
      drafts.find((d) => d.proformaId === proformaId),
      setSaveState,
    ),
  );
  return (
    <>
      <PatientBanner patient={patient} attendance={attendance} site={site} />
      <SaveStatus state={saveState} />
      <FormRunner
        proformaId={proformaId}
        attendanceId={attendance.id}
        context={suggestions.context}
        nhsNumber={patient.nhsNumber}
        storage={storage}
        prefill={prefillFor(proformaId, suggestions.context, drafts)}
        onSignedOff={() => {
          void storage.flush().then(() => navigate(`/attendances/${attendance.id}`));
        }}
      />
    </>
  );
}
