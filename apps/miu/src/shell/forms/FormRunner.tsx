import { getProforma, type AssessmentContext, type ProformaId } from '@proformas/core';
import {
  ProformaFlow,
  useProformaActor,
  type DraftStorage,
  type PhaseExtras,
  type SignedOff,
} from '@proformas/react';
import { useMemo } from 'react';
import { HistoryBySite } from './HistoryBySite.tsx';
import { machineWithRegistry } from './registryMachine.ts';

export interface FormRunnerProps {
  proformaId: ProformaId;
  attendanceId: string;
  context: AssessmentContext;
  nhsNumber: string | null;
  storage: DraftStorage;
  /** Answers the form starts with when no draft is restored. */
  prefill?: Record<string, unknown>;
  onSignedOff: (signed: SignedOff) => void;
}

const extras: Partial<Record<ProformaId, PhaseExtras>> = {
  'frequent-attender': { listing: (actor) => <HistoryBySite actor={actor} /> },
  'paediatric-triage': { linkedForms: () => <LinkedFormsNote /> },
};

/** The triage's "other forms" phase: in the shell the attendance page lists them and opens each in turn. */
function LinkedFormsNote() {
  return (
    <div className="nhsuk-inset-text">
      <p>
        After you sign off this triage, the attendance page lists every other form this visit needs, required
        ones first, and opens them in turn.
      </p>
    </div>
  );
}

/** A proforma through the generic runner, its registry lookup calling the server. */
function GenericForm({
  proformaId,
  attendanceId,
  context,
  nhsNumber,
  storage,
  prefill,
  onSignedOff,
}: FormRunnerProps) {
  const machine = useMemo(() => machineWithRegistry(proformaId, attendanceId), [proformaId, attendanceId]);
  const { actor, definition, savedAt } = useProformaActor(getProforma(proformaId), machine, {
    context,
    storage,
    persistKey: `${attendanceId}:${proformaId}`,
    ...(nhsNumber ? { nhsNumber } : {}),
    ...(prefill ? { answers: prefill } : {}),
  });
  return (
    <ProformaFlow
      definition={definition}
      actor={actor}
      savedAt={savedAt}
      phaseExtras={extras[proformaId]}
      onSignedOff={onSignedOff}
    />
  );
}

/**
 * The form for a proforma, through the generic runner: @proformas/react's PaediatricTriageForm says
 * the other forms are not in the demo, which is not so here, and the other forms' own components
 * have not landed yet. Switch each one here when it does.
 */
export function FormRunner(props: FormRunnerProps) {
  return <GenericForm {...props} />;
}
