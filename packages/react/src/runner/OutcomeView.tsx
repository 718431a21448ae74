import { describeActions, toAssessment, type AnyProformaDefinition } from '@proformas/core';
import { useSelector } from '@xstate/react';
import { useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { OutcomePanel, type SignedOff } from '../outcome/OutcomePanel.tsx';
import { SignOffForm } from '../outcome/SignOffForm.tsx';
import type { ProformaActor } from '../state/proformaActor.ts';

interface OutcomeViewProps {
  definition: AnyProformaDefinition;
  actor: ProformaActor;
  focusOnOpen?: boolean;
  onSignedOff?: (signed: SignedOff) => void;
  /** The form's detail on the outcome (a renderer from `outcome/detail/`). */
  detail?: ReactNode;
  /** Shown first on the outcome, above the level (e.g. the CSE emergency-contraception message). */
  lead?: ReactNode;
}

/** The outcome page of the flow: the outcome panel, then sign-off (or who signed it off). */
export function OutcomeView({ definition, actor, focusOnOpen, onSignedOff, detail, lead }: OutcomeViewProps) {
  const { evaluation, issues, assessmentContext, signedOff } = useSelector(actor, (s) => s.context);
  const open = useSelector(actor, (s) => s.context.signedOff === undefined);
  const actions = useMemo(
    () => describeActions(toAssessment(evaluation), assessmentContext),
    [evaluation, assessmentContext],
  );
  const summaryItem = definition.items.find((i) => i.code === 'E1');
  const summary = summaryItem ? evaluation.answers[summaryItem.key] : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);
  return (
    <div>
      <h1 className="nhsuk-heading-l" tabIndex={-1} ref={heading}>
        <span className="nhsuk-caption-l">
          {definition.title}
          <span className="nhsuk-u-visually-hidden">:</span>
        </span>{' '}
        Outcome
      </h1>
      <OutcomePanel
        level={evaluation.level}
        actions={actions}
        firings={evaluation.firings}
        provisional={issues.length > 0}
        concernSummary={typeof summary === 'string' ? summary : undefined}
        signedOff={signedOff}
        detail={detail}
        lead={lead}
      />
      {open && (
        <>
          <SignOffForm
            onSign={(signed) => {
              actor.send({ type: 'outcome.sign', ...signed });
              onSignedOff?.(signed);
            }}
          />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => actor.send({ type: 'phase.back' })}
          >
            Back to check your answers
          </button>
        </>
      )}
    </div>
  );
}
