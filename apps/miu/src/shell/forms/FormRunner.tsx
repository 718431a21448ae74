import { getProforma, type AssessmentContext, type ProformaId } from '@proformas/core';
import {
  PaediatricTriageForm,
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
  onSignedOff: (signed: SignedOff) => void;
}

const extras: Partial<Record<ProformaId, PhaseExtras>> = {
  'frequent-attender': { listing: (actor) => <HistoryBySite actor={actor} /> },
};

/** Any proforma through the generic runner, its registry lookup calling the server. */
function GenericForm({
  proformaId,
  attendanceId,
  context,
  nhsNumber,
  storage,
  onSignedOff,
}: FormRunnerProps) {
  const machine = useMemo(() => machineWithRegistry(proformaId, attendanceId), [proformaId, attendanceId]);
  const { actor, definition, savedAt } = useProformaActor(getProforma(proformaId), machine, {
    context,
    storage,
    persistKey: `${attendanceId}:${proformaId}`,
    ...(nhsNumber ? { nhsNumber } : {}),
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
 * The form for a proforma: the paediatric triage has its own component (with its linked forms);
 * the others use the generic runner until their own components land in @proformas/react.
 */
export function FormRunner(props: FormRunnerProps) {
  if (props.proformaId === 'paediatric-triage')
    return (
      <PaediatricTriageForm
        context={props.context}
        storage={props.storage}
        persistKey={`${props.attendanceId}:paediatric-triage`}
        onSignedOff={props.onSignedOff}
        {...(props.nhsNumber ? { nhsNumber: props.nhsNumber } : {})}
      />
    );
  return <GenericForm {...props} />;
}
