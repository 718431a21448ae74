import type { ProformaId } from '@proformas/core';
import { FORM_DETAILS, type PhaseExtras, type ProformaActor } from '@proformas/react';
import { useSelector } from '@xstate/react';

interface LiveFormDetailProps {
  actor: ProformaActor;
  proforma: ProformaId;
}

/** The form's own detail (the DASH score, the FGM reports, the visits counted), as it stands now. */
function LiveFormDetail({ actor, proforma }: LiveFormDetailProps) {
  const evaluation = useSelector(actor, (s) => s.context.evaluation);
  const Detail = FORM_DETAILS[proforma];
  return Detail ? <Detail detail={evaluation.detail} evaluation={evaluation} /> : null;
}

/** What each dedicated form of @proformas/react adds to the shared flow, for the same form embedded. */
export const outcomeDetailFor = (proforma: ProformaId) =>
  FORM_DETAILS[proforma]
    ? (actor: ProformaActor) => <LiveFormDetail actor={actor} proforma={proforma} />
    : undefined;

/** The frequent-attender form shows the visits counted under the listing phase, as FrequentAttenderForm does. */
export const phaseExtrasFor = (proforma: ProformaId): PhaseExtras | undefined =>
  proforma === 'frequent-attender'
    ? { listing: (actor) => <LiveFormDetail actor={actor} proforma={proforma} /> }
    : undefined;
