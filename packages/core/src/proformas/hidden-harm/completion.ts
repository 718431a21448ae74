import type { CompletionInput, ContextIssue } from '../../model/proforma.ts';
import { isValidNhsNumber, rowName } from './rows.ts';
import type { HiddenHarmAnswers } from './schema.ts';
import type { HiddenHarmDerived } from './types.ts';

/**
 * hidden-harm.md "Completion rules" that are not about a missing answer: a row's date of birth
 * (either group) after the attendance or giving an age of 18 or over, and an NHS number that is not
 * 10 digits with a valid Modulus 11 check digit. The schema accepts both while the form is a draft.
 */
export const hiddenHarmCompletionChecks = ({
  answers,
  derived,
}: CompletionInput<HiddenHarmAnswers, HiddenHarmDerived>): ContextIssue[] => {
  const issues: ContextIssue[] = [];
  const checkBirth = (key: 'children' | 'childrenElsewhere', code: string, ages: (number | undefined)[]) =>
    (answers[key] ?? []).forEach((row, i) => {
      const age = ages[i];
      if (row.dateOfBirth !== undefined && (age === undefined || age >= 18)) {
        issues.push({
          key,
          code,
          message: `${rowName(row, i)}: check the date of birth; anyone 18 or over goes under other dependants.`,
        });
      }
    });
  checkBirth('children', 'H1a.2', derived.childAges);
  checkBirth('childrenElsewhere', 'H1c.2', derived.childElsewhereAges);
  (answers.children ?? []).forEach((row, i) => {
    const nhs = row.nhsNumber?.trim();
    if (nhs && !isValidNhsNumber(nhs)) {
      issues.push({
        key: 'children',
        code: 'H1a.8',
        message: `${rowName(row, i)}: the NHS number is not valid.`,
      });
    }
  });
  return issues;
};
