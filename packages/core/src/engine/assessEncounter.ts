import { sortActions, type ActionCode } from '../model/actions.ts';
import type { AssessmentContext } from '../model/context.ts';
import { levelAtLeast, maxLevel, type Level } from '../model/levels.ts';
import { PROFORMA_IDS, type EncounterInputs, type ProformaId } from '../model/proforma.ts';
import { ProformaValidationError, type ValidationIssue } from '../model/validation.ts';
import { evaluate, toAssessment, type Assessment } from './assess.ts';

export interface EncounterAssessment {
  level: Level;
  actions: ActionCode[];
  forms: Partial<Record<ProformaId, Assessment>>;
}

export type EncounterAnswers = Partial<Record<ProformaId, Record<string, unknown>>>;

/** What the other forms tell the parent triage (paediatric-triage.md "How assessEncounter applies P-R5 and P-R6"). */
export const encounterInputsFor = (
  self: ProformaId,
  forms: Partial<Record<ProformaId, Assessment>>,
  answers: EncounterAnswers,
): EncounterInputs => {
  const others = PROFORMA_IDS.filter((id) => id !== self && forms[id]);
  const atDiscuss = others.filter((id) => levelAtLeast(forms[id]?.level ?? 'NO_CONCERN', 'DISCUSS'));
  const cseRisk = forms.cse?.detail['cseRisk'];
  const faLevel = forms['frequent-attender']?.detail['faLevel'];
  const otherAnswers: EncounterAnswers = {};
  for (const id of others) otherAnswers[id] = answers[id];
  return {
    encounterLevel: maxLevel(others.map((id) => forms[id]?.level ?? 'NO_CONCERN')),
    ...(typeof cseRisk === 'string' ? { cseRisk } : {}),
    ...(typeof faLevel === 'string' ? { faLevel } : {}),
    otherFormDiscuss: atDiscuss.length > 0,
    formsAtDiscussOrAbove: atDiscuss,
    formsPresent: others,
    otherAnswers,
  };
};

/**
 * Assess every form present, then the paediatric triage again with the cross-form inputs
 * (P-R5 j/k, P-R6, P-R8). Other forms keep their first result; nothing runs a third time.
 */
export const assessEncounter = (answers: EncounterAnswers, context: AssessmentContext): EncounterAssessment =>
  combineEncounter(answers, context, (id, formAnswers, inputs) =>
    toAssessment(evaluate(id, formAnswers, context, inputs)),
  );

/** How one form is assessed; tests pass a stub for forms that are not built yet. */
export type FormAssessor = (
  id: ProformaId,
  answers: Record<string, unknown>,
  inputs?: EncounterInputs,
) => Assessment;

export const combineEncounter = (
  answers: EncounterAnswers,
  context: AssessmentContext,
  assessForm: FormAssessor,
): EncounterAssessment => {
  const forms: Partial<Record<ProformaId, Assessment>> = {};
  const issues: ValidationIssue[] = [];
  for (const id of PROFORMA_IDS) {
    const formAnswers = answers[id];
    if (formAnswers === undefined) continue;
    try {
      // Step 1: each form sees the other forms' answers (never their results: no cycle), e.g. the
      // frequent-attender check reads triage B7 / B10 / A7 (frequent-attender.md "in assessEncounter").
      forms[id] = assessForm(id, formAnswers, answersOnlyInputs(id, answers));
    } catch (error) {
      if (!(error instanceof ProformaValidationError)) throw error;
      issues.push(
        ...error.issues.map((issue) => ({
          ...issue,
          key: issue.key.includes('.') ? issue.key : `${id}.${issue.key}`,
        })),
      );
    }
  }
  if (issues.length > 0) throw new ProformaValidationError(dedupe(issues));
  const triageAnswers = answers['paediatric-triage'];
  if (triageAnswers !== undefined) {
    const inputs = encounterInputsFor('paediatric-triage', forms, answers);
    forms['paediatric-triage'] = assessForm('paediatric-triage', triageAnswers, inputs);
  }
  const assessed = Object.values(forms);
  return {
    level: maxLevel(assessed.map((a) => a.level)),
    actions: sortActions(assessed.flatMap((a) => a.actions)),
    forms,
  };
};

const answersOnlyInputs = (self: ProformaId, answers: EncounterAnswers): EncounterInputs => {
  const formsPresent = PROFORMA_IDS.filter((id) => id !== self && answers[id] !== undefined);
  const otherAnswers: EncounterAnswers = {};
  for (const id of formsPresent) otherAnswers[id] = answers[id];
  return { formsPresent, otherAnswers };
};

const dedupe = (issues: ValidationIssue[]): ValidationIssue[] => {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const id = `${i.key}|${i.code}|${i.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
};
