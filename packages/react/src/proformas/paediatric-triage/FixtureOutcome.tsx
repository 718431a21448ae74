import { completionIssues, describeAge, getProforma, paediatricTriageFixtures } from '@proformas/core';
import { OutcomePanel } from '../../outcome/OutcomePanel.tsx';
import { AnswerSummary } from '../../runner/AnswerSummary.tsx';
import { fixtureOutcome } from './expectedFixtureOutcome.ts';

/** A clinical scenario from the fixtures: its outcome, then its answers (stories are generated from these). */
export function FixtureOutcome({ scenario }: { scenario: string }) {
  const fixture = paediatricTriageFixtures.find((f) => f.name === scenario);
  if (!fixture) return <p className="nhsuk-body">There is no scenario called “{scenario}”.</p>;
  const definition = getProforma('paediatric-triage');
  const { evaluation, level, actions } = fixtureOutcome(fixture);
  const summaryItem = definition.items.find((i) => i.code === 'E1');
  const summary = summaryItem ? evaluation.answers[summaryItem.key] : undefined;
  const incomplete = completionIssues(definition, evaluation, fixture.context).length > 0;
  return (
    <div className="nhsuk-width-container">
      <h1 className="nhsuk-heading-l">
        <span className="nhsuk-caption-l">
          Scenario{fixture.example !== 'boundary' ? ` (worked example ${fixture.example})` : ''}
          <span className="nhsuk-u-visually-hidden">:</span>
        </span>{' '}
        {fixture.name}
      </h1>
      <p className="nhsuk-body">
        Age at arrival: {describeAge(evaluation.age)}. Rules the spec cites:{' '}
        {fixture.rules.join(', ') || 'none'}.
        {fixture.otherForms ? ' Other forms of the visit are included in the level.' : ''}
      </p>
      <OutcomePanel
        level={level}
        actions={actions}
        firings={evaluation.firings}
        provisional={incomplete}
        concernSummary={typeof summary === 'string' ? summary : undefined}
      />
      <h2 className="nhsuk-heading-l">The answers</h2>
      <AnswerSummary definition={definition} evaluation={evaluation} headingLevel={3} />
    </div>
  );
}
