import type { ConditionEnv } from './evaluate.ts';
import { isAnswered } from './evaluate.ts';
import type { ProformaEvaluation } from './evaluateProforma.ts';
import type { AnyProformaDefinition } from './proforma.ts';
import type { ValidationIssue } from './validation.ts';
import { isRequired, missingRowFields } from './visibility.ts';

const defaultMessage = (question: string, code: string): string => `Answer "${question}" (${code})`;

/**
 * What still blocks sign-off: every shown required item unanswered, too few entries in a
 * multi or group, a row missing a required field, or an exclusive option ticked with others.
 */
export const completionIssues = (
  definition: AnyProformaDefinition,
  evaluation: ProformaEvaluation,
  context: { patient: { sex: ConditionEnv['sex'] } },
): ValidationIssue[] => {
  const env: ConditionEnv = {
    answers: evaluation.answers,
    derived: evaluation.derived,
    config: evaluation.config,
    age: evaluation.age,
    sex: context.patient.sex,
    level: evaluation.encounterLevel,
  };
  const issues: ValidationIssue[] = [];
  for (const item of definition.items) {
    if (!evaluation.shown.has(item.key)) continue;
    const value = evaluation.answers[item.key];
    const message = item.requiredMessage ?? defaultMessage(item.question, item.code);
    if (isRequired(item, env)) {
      // minEntries 0: an empty list (none ticked) is an answer, e.g. "[] = neither".
      const emptyListAnswers = Array.isArray(value) && item.minEntries === 0;
      if (!isAnswered(value) && !emptyListAnswers) {
        issues.push({ key: item.key, code: item.code, message });
        continue;
      }
      if (Array.isArray(value) && item.minEntries !== undefined && value.length < item.minEntries) {
        issues.push({ key: item.key, code: item.code, message });
        continue;
      }
    }
    if (typeof value === 'string' && item.blocksCompletion?.includes(value)) {
      issues.push({ key: item.key, code: item.code, message });
      continue;
    }
    if (item.type === 'multi' && Array.isArray(value) && value.length > 1) {
      const exclusive = item.options?.find((o) => o.exclusive && value.includes(o.code));
      if (exclusive) {
        issues.push({
          key: item.key,
          code: item.code,
          message: `"${exclusive.label}" cannot be ticked with other answers (${item.code})`,
        });
      }
    }
    if (item.type === 'group' && item.fields && Array.isArray(value)) {
      value.forEach((row: Record<string, unknown>, index) => {
        const label = rowLabel(item, row, index);
        for (const field of missingRowFields(item.fields ?? [], row, env)) {
          const answer = row[field.key];
          const blocked = typeof answer === 'string' && (field.blocksCompletion ?? []).includes(answer);
          const template = (blocked ? field.blockedMessage : undefined) ?? field.requiredMessage;
          issues.push({
            key: item.key,
            code: field.code,
            message: template
              ? template.replaceAll('{row}', label).replaceAll('{n}', String(index + 1))
              : `${label}: answer "${field.question}" (${field.code})`,
          });
        }
      });
    }
  }
  if (definition.completionChecks) {
    const { answers, derived, config, age, encounterLevel: level } = evaluation;
    issues.push(...definition.completionChecks({ answers, derived, config, age, level }));
  }
  return issues;
};

/** How a group row is named in messages: `rowLabel`'s field, else its fallback (or "Entry") and number. */
const rowLabel = (
  item: AnyProformaDefinition['items'][number],
  row: Record<string, unknown>,
  index: number,
) => {
  const named = item.rowLabel ? row[item.rowLabel.field] : undefined;
  if (typeof named === 'string' && named.trim() !== '') return named.trim();
  return `${item.rowLabel?.fallback ?? 'Entry'} ${index + 1}`;
};
