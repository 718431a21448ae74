import { cse, cseMachine } from '@proformas/core';
import type { EncounterLinkProps } from '../../encounter/formProgress.ts';
import { useEncounterLink } from '../../encounter/useEncounterLink.ts';
import { CseDetail } from '../../outcome/detail/cse.tsx';
import { CseEcNotice } from '../../outcome/detail/CseEcNotice.tsx';
import { LiveDetail } from '../../outcome/detail/LiveDetail.tsx';
import type { SignedOff } from '../../outcome/OutcomePanel.tsx';
import { ProformaFlow } from '../../runner/ProformaFlow.tsx';
import type { ProformaActor } from '../../state/proformaActor.ts';
import { useProformaActor, type UseProformaOptions } from '../../state/useProforma.ts';

/** The props of {@link CseForm}: those of `useProforma`, plus sign-off and the encounter link. */
export interface CseFormProps extends UseProformaOptions, EncounterLinkProps {
  /** Called once the clinician has signed the outcome off, with their name, role and the time. */
  onSignedOff?: (signed: SignedOff) => void;
}

const outcomeDetail = (actor: ProformaActor) => <LiveDetail actor={actor} render={CseDetail} />;
const outcomeLead = (actor: ProformaActor) => <LiveDetail actor={actor} render={CseEcNotice} />;

/** The CSE traffic-light screen: a young person under 18 seeking emergency contraception or sexual-health care, or disclosing sexual assault. The outcome shows the risk band, and the emergency-contraception message first when it applies. */
export function CseForm({ onSignedOff, encounter, onProgress, ...options }: CseFormProps) {
  // Its own definition and machine, not the registry: a page with this form alone loads only it.
  const { actor, definition, savedAt } = useProformaActor(cse, cseMachine, options);
  useEncounterLink(actor, { encounter, onProgress });
  return (
    <ProformaFlow
      definition={definition}
      actor={actor}
      savedAt={savedAt}
      outcomeDetail={outcomeDetail}
      outcomeLead={outcomeLead}
      onSignedOff={onSignedOff}
    />
  );
}
