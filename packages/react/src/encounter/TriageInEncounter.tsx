import { paediatricTriage, paediatricTriageMachine } from '@proformas/core';
import type { SignedOff } from '../outcome/OutcomePanel.tsx';
import { ProformaFlow } from '../runner/ProformaFlow.tsx';
import { useProformaActor, type UseProformaOptions } from '../state/useProforma.ts';
import type { EncounterLinkProps } from './formProgress.ts';
import { useEncounterLink } from './useEncounterLink.ts';

interface TriageInEncounterProps extends UseProformaOptions, EncounterLinkProps {
  onSignedOff?: (signed: SignedOff) => void;
}

/**
 * The paediatric triage inside an encounter: as PaediatricTriageForm, linked to the other forms
 * (their results reach P-R5 and P-R6), without its own "other forms" list (the encounter has it).
 */
export function TriageInEncounter({
  onSignedOff,
  encounter,
  onProgress,
  ...options
}: TriageInEncounterProps) {
  const { actor, definition, savedAt } = useProformaActor(paediatricTriage, paediatricTriageMachine, options);
  useEncounterLink(actor, { encounter, onProgress });
  return <ProformaFlow definition={definition} actor={actor} savedAt={savedAt} onSignedOff={onSignedOff} />;
}
