import type { ZodMiniType } from 'zod/mini';
import type { Item } from './item.ts';
import type { ContextIssue } from './proforma.ts';

export interface ValidationIssue {
  /** The answer key, or a context path such as 'patient.dateOfBirth'. */
  key: string;
  /** The item code (e.g. 'B6'), or the context field's code (e.g. 'A1'). */
  code: string;
  message: string;
}

/** Thrown by assess / assessEncounter on bad input; lists every invalid item. */
export class ProformaValidationError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(`Invalid proforma input: ${issues.map((i) => `${i.key} (${i.code}): ${i.message}`).join('; ')}`);
    this.name = 'ProformaValidationError';
    this.issues = issues;
  }
}

/** Check answers against the schema: unknown keys, wrong types and unknown option codes. */
export const answerIssues = (
  schema: ZodMiniType,
  items: readonly Pick<Item, 'key' | 'code' | 'question'>[],
  answers: unknown,
): ValidationIssue[] => {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return [{ key: '', code: '', message: 'Answers must be an object keyed by item key.' }];
  }
  const byKey = new Map(items.map((item) => [item.key, item]));
  const issues: ValidationIssue[] = [];
  for (const key of Object.keys(answers)) {
    if (!byKey.has(key)) issues.push({ key, code: '', message: `"${key}" is not a question on this form.` });
  }
  const result = schema.safeParse(answers);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (!byKey.has(key)) continue; // reported above as an unknown key
      const item = byKey.get(key);
      const where = issue.path.length > 1 ? ` (${issue.path.slice(1).join('.')})` : '';
      issues.push({
        key,
        code: item?.code ?? '',
        message: `${item?.question ?? key}${where}: ${issue.message}`,
      });
    }
  }
  return issues;
};

export const toIssues = (issues: ContextIssue[]): ValidationIssue[] => issues;
