import { describeAge, flowStateOf, type AnyProformaDefinition } from '@proformas/core';
import { useSelector } from '@xstate/react';
import { useState, type ReactNode } from 'react';
import type { ProformaActor } from '../state/proformaActor.ts';
import { OutcomeView } from './OutcomeView.tsx';
import { CheckYourAnswers } from './CheckYourAnswers.tsx';
import { EmergencyCard } from './EmergencyCard.tsx';
import { emergencyDetails } from './emergencyDetails.ts';
import { PhaseList } from './PhaseList.tsx';
import { PhasePage } from './PhasePage.tsx';
import { SavedStatus } from './SavedStatus.tsx';
import type { SignedOff } from '../outcome/OutcomePanel.tsx';

/** Content under a phase's questions, by phase id, drawn from the running form. */
export type PhaseExtras = Partial<Record<string, (actor: ProformaActor) => ReactNode>>;

export interface ProformaFlowProps {
  definition: AnyProformaDefinition;
  actor: ProformaActor;
  savedAt?: Date;
  /** Content under a phase's questions, by phase id (e.g. the linked forms). */
  phaseExtras?: PhaseExtras;
  onSignedOff?: (signed: SignedOff) => void;
  /** The form's detail on its outcome page, drawn from the running form (e.g. the DASH score). */
  outcomeDetail?: (actor: ProformaActor) => ReactNode;
  /** Shown first on the outcome page, above the level (e.g. the CSE emergency-contraception message). */
  outcomeLead?: (actor: ProformaActor) => ReactNode;
}

type Focus = { to: 'heading' } | { to: 'field'; id: string } | undefined;

/** The form as the statechart says it stands: a phase, the emergency card, the review or the outcome. */
export function ProformaFlow({
  definition,
  actor,
  savedAt,
  phaseExtras,
  onSignedOff,
  outcomeDetail,
  outcomeLead,
}: ProformaFlowProps) {
  const flow = useSelector(actor, (s) => flowStateOf(s.value));
  const evaluation = useSelector(actor, (s) => s.context.evaluation);
  const issues = useSelector(actor, (s) => s.context.issues);
  const [returnToReview, setReturnToReview] = useState(false);
  const [focus, setFocus] = useState<Focus>(undefined);
  const [seenFlow, setSeenFlow] = useState(flow);
  if (flow !== seenFlow) {
    // Moving on: focus goes to the new page's heading unless a field was asked for.
    setSeenFlow(flow);
    if (focus?.to !== 'field') setFocus({ to: 'heading' });
  }
  const phases = definition.phases;
  const index = phases.findIndex((p) => p.id === flow);
  const last = phases[phases.length - 1];
  const go = (event: Parameters<ProformaActor['send']>[0]) => {
    if (focus?.to === 'field') setFocus({ to: 'heading' });
    actor.send(event);
  };

  let view: ReactNode;
  if (flow === 'escalating') {
    const { reasons, actions } = emergencyDetails(evaluation);
    view = (
      <EmergencyCard
        headingLevel={1}
        reasons={reasons}
        actions={actions}
        onAcknowledge={() => go({ type: 'escalation.acknowledged' })}
      />
    );
  } else if (flow === 'reviewing') {
    view = (
      <CheckYourAnswers
        definition={definition}
        evaluation={evaluation}
        issues={issues}
        focusOnOpen={focus?.to === 'heading'}
        onChange={(phase, id) => {
          setReturnToReview(true);
          setFocus({ to: 'field', id });
          actor.send({ type: 'phase.goto', phase });
        }}
        onConfirm={() => go({ type: 'review.confirm' })}
        onBack={() => go({ type: 'phase.back' })}
      />
    );
  } else if (flow === 'outcome' || flow === 'signedOff') {
    view = (
      <OutcomeView
        definition={definition}
        actor={actor}
        focusOnOpen={focus?.to === 'heading'}
        onSignedOff={onSignedOff}
        detail={outcomeDetail?.(actor)}
        lead={outcomeLead?.(actor)}
      />
    );
  } else {
    const phase = phases[index];
    view = phase && (
      <PhasePage
        key={phase.id}
        definition={definition}
        actor={actor}
        phase={phase}
        index={index}
        focus={focus}
        extra={phaseExtras?.[phase.id]?.(actor)}
        continueLabel={returnToReview ? 'Save and return to check your answers' : 'Continue'}
        onBack={index > 0 ? () => go({ type: 'phase.back' }) : undefined}
        onContinue={() => {
          if (returnToReview && last) {
            setReturnToReview(false);
            actor.send({ type: 'phase.goto', phase: last.id });
          }
          go({ type: 'phase.next' });
        }}
      />
    );
  }

  return (
    <div className="nhsuk-grid-row app-proforma">
      <div className="nhsuk-grid-column-two-thirds">{view}</div>
      <div className="nhsuk-grid-column-one-third app-proforma__side">
        <p className="nhsuk-body-s">
          Age at arrival: <strong>{describeAge(evaluation.age)}</strong>
        </p>
        <PhaseList phases={phases} current={flow} />
        <SavedStatus savedAt={savedAt} />
      </div>
    </div>
  );
}
