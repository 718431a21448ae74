import { optionsOf } from '@proformas/core';
import type { QuestionnaireResponseAnswer } from '../fhir/questionnaire.ts';
import { codeSystemUrl, extensionUrl } from '../options.ts';
import { answerSystem } from '../questionnaire/itemTypes.ts';
import type { Answerable } from '../questionnaire/linkIds.ts';
import { NONE_TICKED } from '../terminology/project.ts';
import { SECONDS_OMITTED_EXTENSION, fromFhirDateTime } from './dateTime.ts';
import type { ValueEnv } from './values.ts';

/** One problem found reading a response, by linkId (coding.md §2.3 "reports every invalid item"). */
export interface ImportIssue {
  linkId: string;
  message: string;
}

type Read = { value: unknown } | { issue: string };

const single = (answers: readonly QuestionnaireResponseAnswer[]): QuestionnaireResponseAnswer | string =>
  answers.length === 1 && answers[0] ? answers[0] : `expected one answer, found ${answers.length}`;

const codeOf = (
  env: ValueEnv,
  linkId: string,
  answerable: Answerable,
  answer: QuestionnaireResponseAnswer,
): Read => {
  const c = answer.valueCoding;
  if (!c) return { issue: 'expected a coding' };
  const system = answerSystem(env.base, env.proformaId, linkId, answerable.type);
  if (c.system !== system) return { issue: `coding system ${String(c.system)} is not ${system}` };
  if (!optionsOf(answerable).some((o) => o.code === c.code))
    return { issue: `"${String(c.code)}" is not an option` };
  return { value: c.code };
};

/** Read one item's answers back to the engine's value. */
export const fromAnswers = (
  env: ValueEnv,
  linkId: string,
  answerable: Answerable,
  answers: readonly QuestionnaireResponseAnswer[],
): Read => {
  if (answerable.type === 'multi') {
    const none = answers[0]?.valueCoding;
    if (
      answers.length === 1 &&
      none?.code === NONE_TICKED.code &&
      none.system === codeSystemUrl(env.base, 'answer-status')
    )
      return { value: [] };
    const codes: unknown[] = [];
    for (const answer of answers) {
      const read = codeOf(env, linkId, answerable, answer);
      if ('issue' in read) return read;
      codes.push(read.value);
    }
    return codes.length > 0 ? { value: codes } : { issue: 'expected at least one answer' };
  }
  const answer = single(answers);
  if (typeof answer === 'string') return { issue: answer };
  switch (answerable.type) {
    case 'yes-no':
      return typeof answer.valueBoolean === 'boolean'
        ? { value: answer.valueBoolean ? 'yes' : 'no' }
        : { issue: 'expected valueBoolean' };
    case 'yes-no-unknown':
    case 'choice':
      return codeOf(env, linkId, answerable, answer);
    case 'text':
      return typeof answer.valueString === 'string'
        ? { value: answer.valueString }
        : { issue: 'expected valueString' };
    case 'integer':
      return typeof answer.valueInteger === 'number'
        ? { value: answer.valueInteger }
        : { issue: 'expected valueInteger' };
    case 'date':
      return typeof answer.valueDate === 'string'
        ? { value: answer.valueDate }
        : { issue: 'expected valueDate' };
    case 'date-time': {
      if (typeof answer.valueDateTime !== 'string') return { issue: 'expected valueDateTime' };
      const url = extensionUrl(env.base, SECONDS_OMITTED_EXTENSION);
      const added =
        answer._valueDateTime?.extension?.some((e) => e.url === url && e.valueBoolean === true) ?? false;
      return { value: fromFhirDateTime(answer.valueDateTime, added) };
    }
    case 'group':
      return { issue: 'a group has rows, not answers' };
    default:
      return answerable.type satisfies never;
  }
};
