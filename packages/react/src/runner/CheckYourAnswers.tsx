import type { AnyProformaDefinition, ProformaEvaluation, ValidationIssue } from '@proformas/core';
import { useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '../errors/ErrorSummary.tsx';
import { fieldId } from './fieldId.ts';
import { formatAnswer } from './formatAnswer.ts';
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

const changeId = (key: string) => `change-${key}`;

/** Every shown answer, phase by phase, with Change links; then confirm to see the outcome. */
export function CheckYourAnswers({ definition, evaluation, issues, onChange, onConfirm, onBack, focusOnOpen }: CheckYourAnswersProps) {
  const [attempts, setAttempts] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
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
      {attempts > 0 && summary.length > 0 && <ErrorSummary errors={summary} focusKey={attempts} title="You cannot see the outcome yet" />}
      {definition.phases.map((phase) => {
        const items = definition.items.filter((i) => i.phase === phase.id && evaluation.shown.has(i.key));
        if (items.length === 0) return null;
        return (
          <section key={phase.id} aria-labelledby={`cya-${phase.id}`}>
            <h2 className="nhsuk-heading-m" id={`cya-${phase.id}`}>
              {phase.title}
            </h2>
            <dl className="nhsuk-summary-list">
              {items.map((item) => (
                <div className="nhsuk-summary-list__row" key={item.key}>
                  <dt className="nhsuk-summary-list__key">{item.question}</dt>
                  <dd className="nhsuk-summary-list__value app-answer">{formatAnswer(item, evaluation.answers[item.key])}</dd>
                  <dd className="nhsuk-summary-list__actions">
                    <a
                      className="nhsuk-link"
                      id={changeId(item.key)}
                      href={`#${fieldId(definition.id, item.key)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        onChange(phase.id, fieldId(definition.id, item.key));
                      }}
                    >
                      Change <span className="nhsuk-u-visually-hidden">{item.question}</span>
                    </a>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
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
