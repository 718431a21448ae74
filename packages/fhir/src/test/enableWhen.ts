// Base R4 `enableWhen` semantics, for the agreement test: a clause holds when any answer to its
// question matches (`exists`: the question has an answer or not); `enableBehavior` combines them.
import type {
  QuestionnaireEnableWhen,
  QuestionnaireItem,
  QuestionnaireResponseAnswer,
  QuestionnaireResponseItem,
} from '../fhir/questionnaire.ts';

const matches = (clause: QuestionnaireEnableWhen, answer: QuestionnaireResponseAnswer): boolean => {
  if (clause.answerCoding)
    return (
      answer.valueCoding?.system === clause.answerCoding.system &&
      answer.valueCoding?.code === clause.answerCoding.code
    );
  if (clause.answerBoolean !== undefined) return answer.valueBoolean === clause.answerBoolean;
  if (clause.answerInteger !== undefined) return answer.valueInteger === clause.answerInteger;
  if (clause.answerString !== undefined) return answer.valueString === clause.answerString;
  if (clause.answerDate !== undefined) return answer.valueDate === clause.answerDate;
  throw new Error(`Unsupported enableWhen answer in ${JSON.stringify(clause)}`);
};

/** Whether the item is enabled, reading its siblings' answers from `siblings` (the QR items in scope). */
export const enableWhenHolds = (
  item: QuestionnaireItem,
  siblings: readonly QuestionnaireResponseItem[],
): boolean => {
  const clauses = item.enableWhen ?? [];
  const results = clauses.map((clause) => {
    const answers = siblings.filter((s) => s.linkId === clause.question).flatMap((s) => s.answer ?? []);
    if (clause.operator === 'exists') return answers.length > 0 === clause.answerBoolean;
    if (clause.operator === '=') return answers.some((a) => matches(clause, a));
    throw new Error(`Unsupported operator ${clause.operator}`);
  });
  return item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
};
