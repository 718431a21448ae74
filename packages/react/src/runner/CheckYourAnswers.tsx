import type { AnyProformaDefinition, ProformaEvaluation, ValidationIssue } from '@proformas/core';
import { useLayoutEffect, useRef, useState } from 'react';
import { ErrorSummary } from '../errors/ErrorSummary.tsx';
import { AnswerSummary, changeId } from './AnswerSummary.tsx';
import { LevelBanner } from './LevelBanner.tsx';

interface CheckYourAnswersProps {
  definition: AnyProformaDefinition;
  evaluation: Pick<ProformaEvaluation, 'shown' | 'answers' | 'firings' | 'level'>;
  /** What core says still blocks sign-off. */
  issues: readonly ValidationIssue[];
  /** Change an answer: go to its phase, focusing the field. */
  onChange: (phase: string, targetId: string) => void;
  onConfirm: () => void;
  onBack?: () => void;
  focusOnOpen?: boolean;
}

/** Every shown answer, phase by phase, with Change links; then confirm to see the outcome. */
export function CheckYourAnswers({
  definition,
  evaluation,
  issues,
  onChange,
  onConfirm,
  onBack,
  focusOnOpen,
}: CheckYourAnswersProps) {
  const [attempts, setAttempts] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);
  const keyed = new Map(definition.items.map((i) => [i.key, i]));
  const summary = issues.map((issue) => ({
    targetId: keyed.has(issue.key) ? changeId(issue.key) : 'check-your-answers-heading',
    text: issue.message,
  }));
  return (
    <div>
      <h1 className="nhsuk-heading-l" id="check-your-answers-heading" tabIndex={-1} ref={heading}>
        Check your answers
      </h1>
      <LevelBanner evaluation={evaluation} />
      {attempts > 0 && summary.length > 0 && (
        <ErrorSummary errors={summary} focusKey={attempts} title="You cannot see the outcome yet" />
      )}
      <AnswerSummary definition={definition} evaluation={evaluation} onChange={onChange} />
      <div className="nhsuk-button-group">
        <button
          type="button"
          className="nhsuk-button"
          onClick={() => (issues.length > 0 ? setAttempts((n) => n + 1) : onConfirm())}
        >
          Confirm and see the outcome
        </button>
        {onBack && (
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onBack}>
            Back
          </button>
        )}
      </div>
    </div>
  );
}
