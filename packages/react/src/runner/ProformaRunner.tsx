import type { ProformaId } from '@proformas/core';
import type { SignedOff } from '../outcome/OutcomePanel.tsx';
import { useProforma, type UseProformaOptions } from '../state/useProforma.ts';
import { ProformaFlow, type PhaseExtras } from './ProformaFlow.tsx';

export interface ProformaRunnerProps extends UseProformaOptions {
  id: ProformaId;
  /** Content under a phase's questions, by phase id. */
  phaseExtras?: PhaseExtras;
  onSignedOff?: (signed: SignedOff) => void;
}

/** Any proforma, by id: one phase per page, the emergency card, check your answers, outcome and sign-off. */
export function ProformaRunner({ id, phaseExtras, onSignedOff, ...options }: ProformaRunnerProps) {
  const { actor, definition, savedAt } = useProforma(id, options);
  return (
    <ProformaFlow
      definition={definition}
      actor={actor}
      savedAt={savedAt}
      phaseExtras={phaseExtras}
      onSignedOff={onSignedOff}
    />
  );
}
