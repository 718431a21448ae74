import { fgm, fgmMachine } from '@proformas/core';
import type { EncounterLinkProps } from '../../encounter/formProgress.ts';
import { useEncounterLink } from '../../encounter/useEncounterLink.ts';
import { FgmDetail } from '../../outcome/detail/fgm.tsx';
import { LiveDetail } from '../../outcome/detail/LiveDetail.tsx';
import type { SignedOff } from '../../outcome/OutcomePanel.tsx';
import { ProformaFlow } from '../../runner/ProformaFlow.tsx';
import type { ProformaActor } from '../../state/proformaActor.ts';
import { useProformaActor, type UseProformaOptions } from '../../state/useProforma.ts';

/** The props of {@link FgmForm}: those of `useProforma`, plus sign-off and the encounter link. */
export interface FgmFormProps extends UseProformaOptions, EncounterLinkProps {
  /** Called once the clinician has signed the outcome off, with their name, role and the time. */
  onSignedOff?: (signed: SignedOff) => void;
}

const outcomeDetail = (actor: ProformaActor) => <LiveDetail actor={actor} render={FgmDetail} />;

/** FGM and the police-report duty: each regulated professional's 101 report with its due date and police reference, and the FGM-IS indicator for each girl. */
export function FgmForm({ onSignedOff, encounter, onProgress, ...options }: FgmFormProps) {
  // Its own definition and machine, not the registry: a page with this form alone loads only it.
  const { actor, definition, savedAt } = useProformaActor(fgm, fgmMachine, options);
  useEncounterLink(actor, { encounter, onProgress });
  return (
    <ProformaFlow
      definition={definition}
      actor={actor}
      savedAt={savedAt}
      outcomeDetail={outcomeDetail}
      onSignedOff={onSignedOff}
    />
  );
}
