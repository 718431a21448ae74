import type { AssessmentContext, ProformaId } from '@proformas/core';
import {
  CseForm,
  FgmForm,
  FrequentAttenderForm,
  HiddenHarmForm,
  ProformaFlow,
  useProformaActor,
  type AttendanceLookup,
  type DraftStorage,
  type PhaseExtras,
  type SignedOff,
} from '@proformas/react';
import { paediatricTriage, paediatricTriageMachine } from '@proformas/core';
import { useCallback } from 'react';
import { lookUpAttendances } from '../api/registry.ts';

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

const triageExtras: PhaseExtras = { linkedForms: () => <LinkedFormsNote /> };

/**
 * The triage through the generic runner: @proformas/react's PaediatricTriageForm says the other
 * forms are not in the demo, which is not so here.
 */
function TriageForm({ options, onSignedOff }: { options: FormOptions; onSignedOff: (s: SignedOff) => void }) {
  const { actor, definition, savedAt } = useProformaActor(paediatricTriage, paediatricTriageMachine, options);
  return (
    <ProformaFlow
      definition={definition}
      actor={actor}
      savedAt={savedAt}
      phaseExtras={triageExtras}
      onSignedOff={onSignedOff}
    />
  );
}

type FormOptions = {
  context: AssessmentContext;
  storage: DraftStorage;
  persistKey: string;
  nhsNumber?: string;
  answers?: Record<string, unknown>;
};

/** Each proforma's own component from @proformas/react, its draft kept on the server. */
export function FormRunner(props: FormRunnerProps) {
  const { proformaId, attendanceId, context, nhsNumber, storage, prefill, onSignedOff } = props;
  // The frequent-attender form's registry lookup: the server's cross-site history, this attendance left out.
  const lookup: AttendanceLookup = useCallback(
    (_nhs, request) => lookUpAttendances(request, attendanceId),
    [attendanceId],
  );
  const options: FormOptions = {
    context,
    storage,
    persistKey: `${attendanceId}:${proformaId}`,
    ...(nhsNumber ? { nhsNumber } : {}),
    ...(prefill ? { answers: prefill } : {}),
  };
  switch (proformaId) {
    case 'paediatric-triage':
      return <TriageForm options={options} onSignedOff={onSignedOff} />;
    case 'hidden-harm':
      return <HiddenHarmForm {...options} onSignedOff={onSignedOff} />;
    case 'cse':
      return <CseForm {...options} onSignedOff={onSignedOff} />;
    case 'fgm':
      return <FgmForm {...options} onSignedOff={onSignedOff} />;
    case 'frequent-attender':
      return <FrequentAttenderForm {...options} lookup={lookup} onSignedOff={onSignedOff} />;
  }
}
