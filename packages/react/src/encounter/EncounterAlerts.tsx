import {
  evaluateCondition,
  getProforma,
  PROFORMA_IDS,
  PROFORMA_TITLES,
  type AssessmentContext,
  type Condition,
} from '@proformas/core';
import type { EncounterOutcome } from './encounterRecords.ts';

/** A form's banners that hold on its answers now (as its statechart's `alerts` region would show them). */
const activeAlerts = (outcome: EncounterOutcome, context: AssessmentContext) =>
  PROFORMA_IDS.flatMap((id) => {
    const evaluation = outcome.evaluations[id];
    if (!evaluation) return [];
    const env = {
      answers: evaluation.answers,
      derived: evaluation.derived,
      config: evaluation.config,
      age: evaluation.age,
      sex: context.patient.sex,
      level: evaluation.encounterLevel,
    };
    return (getProforma(id).alerts ?? [])
      .filter((alert) => evaluateCondition(alert.when as Condition, env))
      .map((alert) => ({ key: `${id}:${alert.id}`, form: PROFORMA_TITLES[id], message: alert.message }));
  });

/**
 * The forms' banners on the encounter screen (e.g. the frequent-attender check's "Discuss with the
 * safeguarding lead before this child leaves"), each with the form it comes from.
 */
export function EncounterAlerts({
  outcome,
  context,
}: {
  outcome: EncounterOutcome | undefined;
  context: AssessmentContext;
}) {
  const alerts = outcome ? activeAlerts(outcome, context) : [];
  if (alerts.length === 0) return null;
  return (
    <div className="nhsuk-card nhsuk-card--warning app-alerts">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">Do this now</h2>
        <ul className="nhsuk-list nhsuk-list--bullet">
          {alerts.map((alert) => (
            <li key={alert.key}>
              {alert.message} <span className="app-rule-id">({alert.form})</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
