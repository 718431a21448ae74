import type { AnyProformaDefinition, ValidationIssue } from '@proformas/core';

/**
 * The proforma's own checks on a set of answers: unknown keys, wrong types, unknown option codes
 * and the schema's refinements (as `assess` makes them), one issue per problem.
 */
export const schemaIssues = (definition: AnyProformaDefinition, answers: unknown): ValidationIssue[] => {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
    return [{ key: '', code: '', message: 'Answers must be an object keyed by item key.' }];
  const byKey = new Map(definition.items.map((item) => [item.key, item]));
  const issues: ValidationIssue[] = Object.keys(answers)
    .filter((key) => !byKey.has(key))
    .map((key) => ({ key, code: '', message: `"${key}" is not a question on this form.` }));
  const result = definition.schema.safeParse(answers);
  if (result.success) return issues;
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    const item = byKey.get(key);
    if (!item) continue;
    const where = issue.path.length > 1 ? ` (${issue.path.slice(1).join('.')})` : '';
    issues.push({ key, code: item.code, message: `${item.question}${where}: ${issue.message}` });
  }
  return issues;
};
