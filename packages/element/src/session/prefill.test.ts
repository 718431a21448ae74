import { toQuestionnaireResponse } from '@proformas/fhir';
import { describe, expect, it } from 'vitest';
import { GIRL_FGM_ANSWERS } from '../test/synthetic.ts';
import { prefillAnswers } from './prefill.ts';

describe('prefillAnswers', () => {
  it('opens with nothing when there is no prefill', () => {
    expect(prefillAnswers('fgm', undefined)).toEqual({ answers: {}, problems: [] });
  });

  it('takes plain answers by item key', () => {
    expect(prefillAnswers('fgm', GIRL_FGM_ANSWERS)).toEqual({ answers: GIRL_FGM_ANSWERS, problems: [] });
  });

  it('reads a QuestionnaireResponse back into the same answers', () => {
    const qr = toQuestionnaireResponse('fgm', GIRL_FGM_ANSWERS);
    expect(prefillAnswers('fgm', qr)).toEqual({ answers: GIRL_FGM_ANSWERS, problems: [] });
  });

  it('refuses a response to another form, saying which', () => {
    const qr = toQuestionnaireResponse('cse', { immediateDanger: 'no' });
    expect(prefillAnswers('fgm', qr)).toEqual({
      answers: {},
      problems: ['The prefill is a response to the "cse" form, not to "fgm": it was not used.'],
    });
  });

  it('keeps the good answers and names each one the schema refuses', () => {
    const result = prefillAnswers('fgm', { ...GIRL_FGM_ANSWERS, signsObserved: 'maybe' });
    const { signsObserved: _refused, ...rest } = GIRL_FGM_ANSWERS;
    expect(result.answers).toEqual(rest);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^The prefill answer "signsObserved" was not used: /);
  });
});
