import { paediatricTriage, paediatricTriageMachine } from '@proformas/core';
import { useSelector } from '@xstate/react';
import type { SignedOff } from '../../outcome/OutcomePanel.tsx';
import { ProformaFlow } from '../../runner/ProformaFlow.tsx';
import type { ProformaActor } from '../../state/proformaActor.ts';
import { useProformaActor, type UseProformaOptions } from '../../state/useProforma.ts';
import { LinkedForms } from './LinkedForms.tsx';

export interface PaediatricTriageFormProps extends UseProformaOptions {
  onSignedOff?: (signed: SignedOff) => void;
}

function LinkedFormsNow({ actor }: { actor: ProformaActor }) {
  const context = useSelector(actor, (s) => s.context.assessmentContext);
  const answers = useSelector(actor, (s) => s.context.answers);
  return <LinkedForms context={context} answers={answers} />;
}

const extras = { linkedForms: (actor: ProformaActor) => <LinkedFormsNow actor={actor} /> };

/** The paediatric safeguarding triage: every attendance by a child or young person aged 0–17. */
export function PaediatricTriageForm({ onSignedOff, ...options }: PaediatricTriageFormProps) {
  // The definition and machine directly, not through the registry (as ProformaRunner does): a page
  // with this form alone loads only this form (the bundle-size budget).
  const { actor, definition, savedAt } = useProformaActor(paediatricTriage, paediatricTriageMachine, options);
  return (
    <ProformaFlow
      definition={definition}
      actor={actor}
      savedAt={savedAt}
      phaseExtras={extras}
      onSignedOff={onSignedOff}
    />
  );
}
