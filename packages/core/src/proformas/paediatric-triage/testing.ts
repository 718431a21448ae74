import { evaluate, toAssessment, type Assessment } from '../../engine/assess.ts';
import {
  combineEncounter,
  type EncounterAnswers,
  type EncounterAssessment,
  type FormAssessor,
} from '../../engine/assessEncounter.ts';
import type { AssessmentContext } from '../../model/context.ts';
import type { ProformaFixture } from '../../model/fixture.ts';
import type { ProformaId } from '../../model/proforma.ts';

// Test support: run a fixture through assess, or through combineEncounter with stubs for the
// forms that are not built yet (the stub returns the fixture's level, detail and actions).

type OtherForms = NonNullable<ProformaFixture['otherForms']>;

/** The real triage assessment; the other forms answer with the fixture's stubbed results. */
export const stubAssessor =
  (context: AssessmentContext, otherForms: OtherForms): FormAssessor =>
  (id, answers, inputs) => {
    const other = otherForms[id];
    if (id === 'paediatric-triage' || !other) return toAssessment(evaluate(id, answers, context, inputs));
    return {
      proforma: id,
      level: other.level,
      actions: [...(other.actions ?? [])],
      firedRules: [],
      detail: other.detail,
      reasons: [],
    };
  };

/** Encounter answers: the triage's, plus `otherAnswers` (default {}) for every stubbed form. */
export const encounterAnswers = (
  fixture: Pick<ProformaFixture, 'answers' | 'otherForms'>,
  otherAnswers: Partial<Record<ProformaId, Record<string, unknown>>> = {},
): EncounterAnswers => {
  const answers: EncounterAnswers = { 'paediatric-triage': fixture.answers };
  for (const id of Object.keys(fixture.otherForms ?? {}) as ProformaId[])
    answers[id] = otherAnswers[id] ?? {};
  return answers;
};

export interface FixtureRun {
  /** The triage's assessment (step 2 of assessEncounter when other forms are present). */
  triage: Assessment;
  /** The encounter, when the fixture has other forms. */
  encounter?: EncounterAssessment;
  level: Assessment['level'];
  actions: Assessment['actions'];
}

export const runFixture = (fixture: ProformaFixture): FixtureRun => {
  if (!fixture.otherForms) {
    const triage = toAssessment(evaluate('paediatric-triage', fixture.answers, fixture.context));
    return { triage, level: triage.level, actions: triage.actions };
  }
  const encounter = combineEncounter(
    encounterAnswers(fixture),
    fixture.context,
    stubAssessor(fixture.context, fixture.otherForms),
  );
  const triage = encounter.forms['paediatric-triage'];
  if (!triage) throw new Error(`${fixture.name}: the encounter has no triage assessment`);
  return { triage, encounter, level: encounter.level, actions: encounter.actions };
};
