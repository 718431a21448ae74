import { sortActions, type ActionCode } from './actions.ts';
import { ageAt, type Age } from './age.ts';
import { resolveConfig, type SafeguardingConfig } from './config.ts';
import type { AssessmentContext } from './context.ts';
import { isDateTimeWithOffset, parseDate } from './dates.ts';
import type { ConditionEnv } from './evaluate.ts';
import { maxLevel, type Level } from './levels.ts';
import type { AnyProformaDefinition, EncounterInputs } from './proforma.ts';
import { runRules, type Firing } from './rule.ts';
import { answerIssues, ProformaValidationError, type ValidationIssue } from './validation.ts';
import { isShown, pruneRow } from './visibility.ts';

/** Everything the engine knows about one form at one moment; `assess` returns a view of it. */
export interface ProformaEvaluation {
  proforma: AnyProformaDefinition['id'];
  /** The answers to shown items only. */
  answers: Record<string, unknown>;
  /** Keys of the items shown now. */
  shown: ReadonlySet<string>;
  derived: Record<string, unknown>;
  firings: Firing[];
  level: Level;
  actions: ActionCode[];
  firedRules: string[];
  reasons: string[];
  detail: Record<string, unknown>;
  age: Age;
  config: SafeguardingConfig;
  /** The level that shows and requires items (the encounter's, or this form's alone). */
  encounterLevel: Level;
}

/** Shared context checks: dates parse, birth not after arrival. */
export const contextIssues = (context: AssessmentContext): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  if (!context?.patient || !parseDate(context.patient.dateOfBirth ?? '')) {
    issues.push({
      key: 'patient.dateOfBirth',
      code: 'A1',
      message: 'Enter a real date of birth as YYYY-MM-DD.',
    });
  }
  if (!context?.attendance || !isDateTimeWithOffset(context.attendance.arrivedAt ?? '')) {
    issues.push({
      key: 'attendance.arrivedAt',
      code: 'arrivedAt',
      message: 'Enter the arrival time as an ISO 8601 date-time with a UTC offset.',
    });
  }
  return issues;
};

const conditionEnv = (
  answers: Record<string, unknown>,
  derived: Record<string, unknown>,
  config: SafeguardingConfig,
  age: Age,
  context: AssessmentContext,
  level: Level,
): ConditionEnv => ({ answers, derived, config, age, sex: context.patient.sex, level });

/**
 * Validate, drop answers to hidden items (to a fixed point: hiding one item can hide another),
 * derive, and run the rules. Throws ProformaValidationError on bad input; partial answers are fine.
 */
export const evaluateProforma = (
  definition: AnyProformaDefinition,
  rawAnswers: Record<string, unknown>,
  context: AssessmentContext,
  encounter: EncounterInputs = {},
): ProformaEvaluation => {
  const issues = contextIssues(context);
  const age =
    issues.length === 0 ? ageAt(context.patient.dateOfBirth, context.attendance.arrivedAt) : undefined;
  if (issues.length === 0 && !age) {
    issues.push({
      key: 'patient.dateOfBirth',
      code: 'A1',
      message: 'The date of birth is after the arrival time.',
    });
  }
  if (age && definition.checkContext) issues.push(...definition.checkContext(context, age, rawAnswers));
  issues.push(...answerIssues(definition.schema, definition.items, rawAnswers));
  if (issues.length > 0 || !age) throw new ProformaValidationError(issues);

  const config = resolveConfig(context.config);
  let answers: Record<string, unknown> = { ...rawAnswers };
  for (let round = 0; ; round++) {
    const input = { answers, context, config, age, encounter };
    const derived = definition.derive(input);
    const firings = runRules(definition.rules, { ...input, derived });
    const ownLevel = maxLevel(firings.map((f) => f.level));
    const encounterLevel = encounter.encounterLevel
      ? maxLevel([encounter.encounterLevel, ownLevel])
      : ownLevel;
    const env = conditionEnv(answers, derived, config, age, context, encounterLevel);
    const shown = new Set(definition.items.filter((item) => isShown(item, env)).map((item) => item.key));
    const pruned: Record<string, unknown> = {};
    for (const item of definition.items) {
      if (!shown.has(item.key) || !(item.key in answers)) continue;
      const value = answers[item.key];
      pruned[item.key] =
        item.type === 'group' && item.fields && Array.isArray(value)
          ? value.map((row: Record<string, unknown>) => pruneRow(item.fields ?? [], row, env))
          : value;
    }
    const stable = JSON.stringify(pruned) === JSON.stringify(answers);
    if (stable || round > definition.items.length) {
      const ruleInput = { ...input, derived };
      return {
        proforma: definition.id,
        answers: pruned,
        shown,
        derived,
        firings,
        level: ownLevel,
        actions: sortActions([
          ...firings.flatMap((f) => f.actions),
          ...(definition.levelActions?.(ruleInput, ownLevel) ?? []),
        ]),
        firedRules: [...new Set(firings.map((f) => f.rule))],
        reasons: firings.map((f) => f.reason),
        detail: definition.detail(ruleInput, firings),
        age,
        config,
        encounterLevel,
      };
    }
    answers = pruned;
  }
};
