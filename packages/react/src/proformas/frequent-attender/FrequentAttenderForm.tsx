import { frequentAttender } from '@proformas/core';
import { useEffect, useState } from 'react';
import type { EncounterLinkProps } from '../../encounter/formProgress.ts';
import { useEncounterLink } from '../../encounter/useEncounterLink.ts';
import { FrequentAttenderDetail } from '../../outcome/detail/frequent-attender.tsx';
import { LiveDetail } from '../../outcome/detail/LiveDetail.tsx';
import type { SignedOff } from '../../outcome/OutcomePanel.tsx';
import { ProformaFlow, type PhaseExtras } from '../../runner/ProformaFlow.tsx';
import type { ProformaActor } from '../../state/proformaActor.ts';
import { useProformaActor, type UseProformaOptions } from '../../state/useProforma.ts';
import {
  frequentAttenderMachineWith,
  type AttendanceLookup,
  LookupHolder,
} from './frequentAttenderLookup.ts';

/** The props of {@link FrequentAttenderForm}: those of `useProforma`, plus the registry lookup. */
export interface FrequentAttenderFormProps extends UseProformaOptions, EncounterLinkProps {
  /**
   * Looks up the child's earlier attendances in the attendance registry, by verified NHS number
   * (`nhsNumber`). Without it, or without a verified NHS number, the history is "not available":
   * the clinician records what they know, and the form never counts that as no visits (FA-U).
   */
  lookup?: AttendanceLookup;
  /** Called once the clinician has signed the outcome off, with their name, role and the time. */
  onSignedOff?: (signed: SignedOff) => void;
}

const counts = (actor: ProformaActor) => <LiveDetail actor={actor} render={FrequentAttenderDetail} />;
const phaseExtras: PhaseExtras = { listing: counts };

/**
 * The frequent-attender check for a child under 18: the registry lookup (with Stop waiting and
 * Try again), the counts, the earlier visits listed by place, and the pattern review.
 */
export function FrequentAttenderForm({
  lookup,
  onSignedOff,
  encounter,
  onProgress,
  ...options
}: FrequentAttenderFormProps) {
  // The machine is made once; it calls whichever lookup the host passes now.
  const [holder] = useState(() => new LookupHolder(lookup));
  useEffect(() => holder.use(lookup), [holder, lookup]);
  const [machine] = useState(() => frequentAttenderMachineWith(holder));
  const { actor, definition, savedAt } = useProformaActor(frequentAttender, machine, options);
  useEncounterLink(actor, { encounter, onProgress });
  return (
    <ProformaFlow
      definition={definition}
      actor={actor}
      savedAt={savedAt}
      phaseExtras={phaseExtras}
      outcomeDetail={counts}
      onSignedOff={onSignedOff}
    />
  );
}
