import { useSelector } from '@xstate/react';
import type { SignedOff } from '../../outcome/OutcomePanel.tsx';
import { ProformaFlow } from '../../runner/ProformaFlow.tsx';
import type { ProformaActor } from '../../state/proformaActor.ts';
import { useProforma, type UseProformaOptions } from '../../state/useProforma.ts';
import { LinkedForms } from './LinkedForms.tsx';

export interface PaediatricTriageFormProps extends UseProformaOptions {
  onSignedOff?: (signed: SignedOff) => void;
}

function LinkedFormsNow({ actor }: { actor: ProformaActor }) {
  const context = useSelector(actor, (s) => s.context.assessmentContext);
  const answers = useSelector(actor, (s) => s.context.answers);
  return <LinkedForms context={context} answers={answers} />;
}

/** The paediatric safeguarding triage: every attendance by a child or young person aged 0–17. */
export function PaediatricTriageForm({ onSignedOff, ...options }: PaediatricTriageFormProps) {
  const { actor, definition, savedAt } = useProforma('paediatric-triage', options);
  return (
    <ProformaFlow
      definition={definition}
      actor={actor}
      savedAt={savedAt}
      onSignedOff={onSignedOff}
      phaseExtras={{ linkedForms: <LinkedFormsNow actor={actor} /> }}
    />
  );
}
