import {
  describeActions,
  encounterInputsFor,
  evaluate,
  maxLevel,
  sortActions,
  toAssessment,
  type ActionItem,
  type Assessment,
  type EncounterAnswers,
  type Level,
  type ProformaEvaluation,
  type ProformaFixture,
  type ProformaId,
} from '@proformas/core';

export interface FixtureOutcome {
  /** The triage, assessed with what the fixture's other forms tell it. */
  evaluation: ProformaEvaluation;
  /** The encounter level: the triage and the other forms. */
  level: Level;
  actions: ActionItem[];
}

/** The other forms' results as the fixture gives them (those forms are stubbed in the fixture). */
const otherAssessments = (fixture: ProformaFixture): Partial<Record<ProformaId, Assessment>> => {
  const forms: Partial<Record<ProformaId, Assessment>> = {};
  for (const [id, other] of Object.entries(fixture.otherForms ?? {}) as [
    ProformaId,
    NonNullable<ProformaFixture['otherForms']>[ProformaId],
  ][]) {
    if (other)
      forms[id] = {
        proforma: id,
        level: other.level,
        actions: [...(other.actions ?? [])],
        firedRules: [],
        detail: other.detail,
        reasons: [],
      };
  }
  return forms;
};

/** A fixture's outcome as the clinician would see it (core decides everything). */
export const fixtureOutcome = (fixture: ProformaFixture): FixtureOutcome => {
  const others = otherAssessments(fixture);
  const answers: EncounterAnswers = { 'paediatric-triage': fixture.answers };
  for (const id of Object.keys(others) as ProformaId[]) answers[id] = {};
  const inputs = fixture.otherForms ? encounterInputsFor('paediatric-triage', others, answers) : {};
  const evaluation = evaluate('paediatric-triage', fixture.answers, fixture.context, inputs);
  const forms = { ...others, 'paediatric-triage': toAssessment(evaluation) };
  const all = Object.values(forms);
  const encounter = {
    level: maxLevel(all.map((a) => a.level)),
    actions: sortActions(all.flatMap((a) => a.actions)),
    forms,
  };
  return { evaluation, level: encounter.level, actions: describeActions(encounter, fixture.context) };
};
