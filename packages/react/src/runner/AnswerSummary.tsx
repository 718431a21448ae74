import type { AnyProformaDefinition, ProformaEvaluation } from '@proformas/core';
import { fieldId } from './fieldId.ts';
import { formatAnswer } from './formatAnswer.ts';

interface AnswerSummaryProps {
  definition: AnyProformaDefinition;
  evaluation: Pick<ProformaEvaluation, 'shown' | 'answers'>;
  /** With it, each answer has a Change link to its field; without, the summary is read-only. */
  onChange?: (phase: string, targetId: string) => void;
  /** The heading level of each phase's title. */
  headingLevel?: 2 | 3;
}

/** The id of an item's Change link. */
export const changeId = (key: string) => `change-${key}`;

/** Every shown answer, phase by phase, as NHS summary lists. */
export function AnswerSummary({ definition, evaluation, onChange, headingLevel = 2 }: AnswerSummaryProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return definition.phases.map((phase) => {
    const items = definition.items.filter((i) => i.phase === phase.id && evaluation.shown.has(i.key));
    if (items.length === 0) return null;
    return (
      <section key={phase.id} aria-labelledby={`answers-${phase.id}`}>
        <Heading className="nhsuk-heading-m" id={`answers-${phase.id}`}>
          {phase.title}
        </Heading>
        <dl className="nhsuk-summary-list">
          {items.map((item) => (
            <div className="nhsuk-summary-list__row" key={item.key}>
              <dt className="nhsuk-summary-list__key">{item.question}</dt>
              <dd className="nhsuk-summary-list__value app-answer">
                {formatAnswer(item, evaluation.answers[item.key])}
              </dd>
              {onChange && (
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
              )}
            </div>
          ))}
        </dl>
      </section>
    );
  });
}
