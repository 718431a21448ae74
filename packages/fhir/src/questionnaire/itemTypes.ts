import { optionsOf, type ItemType, type ProformaId } from '@proformas/core';
import type { QuestionnaireAnswerOption, QuestionnaireItemType } from '../fhir/questionnaire.ts';
import { codeSystemUrl } from '../options.ts';
import { NONE_TICKED, YES_NO_UNKNOWN_DISPLAY, projectCoding } from '../terminology/project.ts';
import type { Answerable } from './linkIds.ts';

/**
 * coding.md §2.2 "Types": the README type → `item.type`. Text is `text` for a question of the form
 * and `string` for a field of a group row (a one-line box, as the React form draws it).
 */
export const fhirItemType = (type: ItemType, inRow: boolean): QuestionnaireItemType => {
  switch (type) {
    case 'yes-no':
      return 'boolean';
    case 'yes-no-unknown':
    case 'choice':
    case 'multi':
      return 'choice';
    case 'text':
      return inRow ? 'string' : 'text';
    case 'integer':
      return 'integer';
    case 'date':
      return 'date';
    case 'date-time':
      return 'dateTime';
    case 'group':
      return 'group';
    default:
      return type satisfies never;
  }
};

/** The CodeSystem of a coded item's answers: `yes-no-unknown`, or `{base}/CodeSystem/<proformaId>-<linkId>`. */
export const answerSystem = (base: string, proformaId: ProformaId, linkId: string, type: ItemType): string =>
  type === 'yes-no-unknown'
    ? codeSystemUrl(base, 'yes-no-unknown')
    : codeSystemUrl(base, `${proformaId}-${linkId}`);

/** True for the types whose answers are codings. */
export const isCoded = (type: ItemType): boolean =>
  type === 'yes-no-unknown' || type === 'choice' || type === 'multi';

/**
 * The answer options of a coded item; a multi item also offers `answer-status#none-ticked`, the
 * coding of an answered empty list (coding.md §2.2).
 */
export const answerOptions = (
  base: string,
  proformaId: ProformaId,
  linkId: string,
  answerable: Answerable,
): QuestionnaireAnswerOption[] => {
  if (!isCoded(answerable.type)) return [];
  const system = answerSystem(base, proformaId, linkId, answerable.type);
  const options = optionsOf(answerable).map((option) => ({
    valueCoding: {
      system,
      code: option.code,
      display:
        answerable.type === 'yes-no-unknown'
          ? (YES_NO_UNKNOWN_DISPLAY[option.code] ?? option.label)
          : option.label,
    },
  }));
  if (answerable.type !== 'multi') return options;
  return [
    ...options,
    { valueCoding: projectCoding(base, 'answer-status', NONE_TICKED.code, NONE_TICKED.display) },
  ];
};
