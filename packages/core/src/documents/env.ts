import type { Assessment } from '../engine/assess.ts';
import type { ActionCode } from '../model/actions.ts';
import { ageAt, describeAge } from '../model/age.ts';
import { resolveConfig, type SafeguardingConfig } from '../model/config.ts';
import type { AssessmentContext } from '../model/context.ts';
import type { Level } from '../model/levels.ts';
import type { ProformaId } from '../model/proforma.ts';
import type { Answers } from './answers.ts';
import { firstName, PLACEHOLDER, pronounsFor, type Pronouns } from './format.ts';
import type { DocumentInputs, DraftDocumentsInput } from './types.ts';

/** Everything the drafts read, resolved once per call of draftDocuments. */
export interface DraftEnv {
  readonly input: DraftDocumentsInput;
  readonly inputs: DocumentInputs;
  readonly context: AssessmentContext;
  readonly config: SafeguardingConfig;
  readonly level: Level;
  readonly actions: ReadonlySet<ActionCode>;
  readonly forms: Partial<Record<ProformaId, Assessment>>;
  readonly triage: Answers | undefined;
  readonly hiddenHarm: Answers | undefined;
  readonly cse: Answers | undefined;
  readonly fgm: Answers | undefined;
  readonly arrivedAt: string;
  readonly ageYears: number;
  readonly ageMonths: number;
  /** "6 years", "14 months" (§5 rule 1). */
  readonly age: string;
  readonly isChild: boolean;
  readonly fullName: string;
  /** The first name used in running text. */
  readonly name: string;
  readonly pronouns: Pronouns;
  /** A hidden-harm form is in the encounter, or this triage was launched from one. */
  readonly fromHiddenHarm: boolean;
}

const inEncounter = (input: DraftDocumentsInput, id: ProformaId): boolean =>
  input.answers[id] !== undefined || input.assessment.forms[id] !== undefined;

export const buildEnv = (input: DraftDocumentsInput): DraftEnv => {
  const { context, assessment, inputs } = input;
  const arrivedAt = context.attendance.arrivedAt;
  const known = ageAt(context.patient.dateOfBirth, arrivedAt);
  // SAFER READING: an unreadable date of birth is drafted as a child's, with the age to be added.
  const age = known ?? { years: 0, months: 0 };
  return {
    input,
    inputs,
    context,
    config: resolveConfig(context.config),
    level: assessment.level,
    actions: new Set(assessment.actions),
    forms: assessment.forms,
    triage: input.answers['paediatric-triage'],
    hiddenHarm: input.answers['hidden-harm'],
    cse: input.answers.cse,
    fgm: input.answers.fgm,
    arrivedAt,
    ageYears: age.years,
    ageMonths: age.months,
    age: known ? describeAge(known) : PLACEHOLDER,
    isChild: age.years < 18,
    fullName: inputs.patient.fullName,
    name: firstName(inputs.patient.fullName),
    pronouns: pronounsFor(context.patient.sex),
    fromHiddenHarm: inEncounter(input, 'hidden-harm') || input.launchedFromHiddenHarm === true,
  };
};

export const hasForm = (env: DraftEnv, id: ProformaId): boolean => inEncounter(env.input, id);

/** A rule id fired in any form of the encounter (e.g. 'P-R11', 'FA-P'). */
export const fired = (env: DraftEnv, rule: string): boolean =>
  Object.values(env.forms).some((form) => form.firedRules.includes(rule));

export const firedAny = (env: DraftEnv, rules: readonly string[]): boolean =>
  rules.some((r) => fired(env, r));

export const has = (env: DraftEnv, action: ActionCode): boolean => env.actions.has(action);

export const detailOf = (env: DraftEnv, id: ProformaId): Readonly<Record<string, unknown>> =>
  env.forms[id]?.detail ?? {};
