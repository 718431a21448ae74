import { optionsOf, type ProformaId } from '@proformas/core';
import type { QuestionnaireResponseAnswer } from '../fhir/questionnaire.ts';
import { codeSystemUrl, extensionUrl } from '../options.ts';
import { answerSystem } from '../questionnaire/itemTypes.ts';
import type { Answerable } from '../questionnaire/linkIds.ts';
import { NONE_TICKED, YES_NO_UNKNOWN_DISPLAY } from '../terminology/project.ts';
import { SECONDS_OMITTED_EXTENSION, toFhirDateTime } from './dateTime.ts';

export interface ValueEnv {
  base: string;
  proformaId: ProformaId;
}

const INT32 = { min: -2147483648, max: 2147483647 };

const coding = (env: ValueEnv, linkId: string, answerable: Answerable, code: string) => {
  const label = optionsOf(answerable).find((o) => o.code === code)?.label;
  const display = answerable.type === 'yes-no-unknown' ? (YES_NO_UNKNOWN_DISPLAY[code] ?? label) : label;
  return {
    valueCoding: {
      system: answerSystem(env.base, env.proformaId, linkId, answerable.type),
      code,
      ...(display ? { display } : {}),
    },
  };
};

/**
 * One item's answer as QuestionnaireResponse answers (coding.md §2.2 "Types"); [] for no answer
 * (an empty string is no answer: FHIR strings are never empty). The value has passed the
 * proforma's schema; a value FHIR cannot hold (an integer beyond 32 bits) throws.
 */
export const toAnswers = (
  env: ValueEnv,
  linkId: string,
  answerable: Answerable,
  value: unknown,
): QuestionnaireResponseAnswer[] => {
  switch (answerable.type) {
    case 'yes-no':
      return [{ valueBoolean: value === 'yes' }];
    case 'yes-no-unknown':
    case 'choice':
      return [coding(env, linkId, answerable, String(value))];
    case 'multi': {
      const codes = Array.isArray(value) ? value.map(String) : [];
      if (codes.length > 0) return codes.map((code) => coding(env, linkId, answerable, code));
      const system = codeSystemUrl(env.base, 'answer-status');
      return [{ valueCoding: { system, code: NONE_TICKED.code, display: NONE_TICKED.display } }];
    }
    case 'text':
      return value === '' ? [] : [{ valueString: String(value) }];
    case 'integer': {
      const n = Number(value);
      if (!Number.isInteger(n) || n < INT32.min || n > INT32.max)
        throw new Error(`${linkId}: ${String(value)} is not an integer FHIR can hold (32-bit).`);
      return [{ valueInteger: n }];
    }
    case 'date':
      return [{ valueDate: String(value) }];
    case 'date-time': {
      const { value: dateTime, secondsAdded } = toFhirDateTime(String(value));
      const note = {
        extension: [{ url: extensionUrl(env.base, SECONDS_OMITTED_EXTENSION), valueBoolean: true }],
      };
      return [{ valueDateTime: dateTime, ...(secondsAdded ? { _valueDateTime: note } : {}) }];
    }
    case 'group':
      throw new Error(`${linkId}: a group has rows, not answers.`);
    default:
      return answerable.type satisfies never;
  }
};
