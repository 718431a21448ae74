import {
  completionIssues,
  describeActions,
  describeAge,
  evaluate,
  getProforma,
  toAssessment,
  type ProformaId,
} from '@proformas/core';
import { scenario as findScenario } from '../encounter/testing/fixtures.ts';
import { AnswerSummary } from '../runner/AnswerSummary.tsx';
import { CseEcNotice } from './detail/CseEcNotice.tsx';
import { FormDetail } from './detail/FormDetail.tsx';
import { OutcomePanel } from './OutcomePanel.tsx';

interface ScenarioOutcomeProps {
  /** The proforma the scenario belongs to. */
  proforma: ProformaId;
  /** The fixture's name (a clinical scenario). */
  scenario: string;
}

/**
 * A clinical scenario from a proforma's fixtures, as the clinician would see its outcome (level,
 * actions, reasons and the form's detail), then its answers. Scenario stories are generated from these.
 */
export function ScenarioOutcome({ proforma, scenario }: ScenarioOutcomeProps) {
  const fixture = findScenario(proforma, scenario);
  const definition = getProforma(proforma);
  const evaluation = evaluate(proforma, fixture.answers, fixture.context);
  const incomplete = completionIssues(definition, evaluation, fixture.context).length > 0;
  return (
    <div className="nhsuk-width-container">
      <h1 className="nhsuk-heading-l">
        <span className="nhsuk-caption-l">
          {definition.title}: scenario
          {fixture.example !== 'boundary' ? ` (worked example ${fixture.example})` : ''}
          <span className="nhsuk-u-visually-hidden">:</span>
        </span>{' '}
        {fixture.name}
      </h1>
      <p className="nhsuk-body">
        Age at arrival: {describeAge(evaluation.age)}. Rules the spec cites:{' '}
        {fixture.rules.join(', ') || 'none'}.
      </p>
      <OutcomePanel
        level={evaluation.level}
        actions={describeActions(toAssessment(evaluation), fixture.context)}
        firings={evaluation.firings}
        provisional={incomplete}
        detail={<FormDetail proforma={proforma} detail={evaluation.detail} evaluation={evaluation} />}
        lead={proforma === 'cse' && <CseEcNotice detail={evaluation.detail} evaluation={evaluation} />}
      />
      <h2 className="nhsuk-heading-l">The answers</h2>
      <AnswerSummary definition={definition} evaluation={evaluation} headingLevel={3} />
    </div>
  );
}
