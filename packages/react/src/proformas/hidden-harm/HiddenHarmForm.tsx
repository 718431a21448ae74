import { hiddenHarm, hiddenHarmMachine } from '@proformas/core';
import type { EncounterLinkProps } from '../../encounter/formProgress.ts';
import { useEncounterLink } from '../../encounter/useEncounterLink.ts';
import { HiddenHarmDetail } from '../../outcome/detail/hidden-harm.tsx';
import { LiveDetail } from '../../outcome/detail/LiveDetail.tsx';
import type { SignedOff } from '../../outcome/OutcomePanel.tsx';
import { ProformaFlow } from '../../runner/ProformaFlow.tsx';
import type { ProformaActor } from '../../state/proformaActor.ts';
import { useProformaActor, type UseProformaOptions } from '../../state/useProforma.ts';

/** The props of {@link HiddenHarmForm}: those of `useProforma`, plus sign-off and the encounter link. */
export interface HiddenHarmFormProps extends UseProformaOptions, EncounterLinkProps {
  /** Called once the clinician has signed the outcome off, with their name, role and the time. */
  onSignedOff?: (signed: SignedOff) => void;
}

const outcomeDetail = (actor: ProformaActor) => <LiveDetail actor={actor} render={HiddenHarmDetail} />;

/** Adult hidden harm and Think Family, with the DASH checklist: an adult (18 or over) who comes in after self-harm, alcohol or drugs, domestic abuse or a mental-health crisis. The outcome shows the DASH score and the MARAC routes. */
export function HiddenHarmForm({ onSignedOff, encounter, onProgress, ...options }: HiddenHarmFormProps) {
  // Its own definition and machine, not the registry: a page with this form alone loads only it.
  const { actor, definition, savedAt } = useProformaActor(hiddenHarm, hiddenHarmMachine, options);
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
