import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE } from '../options.ts';
import { validResponse as toQuestionnaireResponse } from '../test/valid.ts';
import { fromQuestionnaireResponse, QuestionnaireResponseImportError } from './fromResponse.ts';

const importIssues = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof QuestionnaireResponseImportError) return error.issues;
    throw error;
  }
  throw new Error('expected the import to fail');
};

describe('fromQuestionnaireResponse refuses what it cannot read, naming each linkId', () => {
  const qr = toQuestionnaireResponse('cse', { seenAlone: 'yes', livingSituation: 'parents' });

  it('an unknown linkId, a wrong value type and an unknown code', () => {
    const bad = {
      ...qr,
      item: [
        { linkId: 'Z9', answer: [{ valueString: 'x' }] },
        { linkId: 'S5', answer: [{ valueString: 'yes' }] },
        {
          linkId: 'S6',
          answer: [{ valueCoding: { system: `${DEFAULT_BASE}/CodeSystem/cse-S6`, code: 'castle' } }],
        },
      ],
    };
    expect(importIssues(() => fromQuestionnaireResponse(bad)).map((i) => i.linkId)).toEqual([
      'Z9',
      'S5',
      'S6',
    ]);
  });

  it('a Questionnaire of another base, another proforma name or another version', () => {
    expect(
      importIssues(() => fromQuestionnaireResponse(qr, { base: 'https://other.example/fhir' }))[0]?.message,
    ).toContain('not the Questionnaire');
    const old = { ...qr, questionnaire: qr.questionnaire.replace(/\|.*$/, '|0.0.9') };
    expect(importIssues(() => fromQuestionnaireResponse(old))[0]?.message).toContain('version "0.0.9"');
  });

  it('a resource that is not a QuestionnaireResponse', () => {
    const notQr = { ...qr, resourceType: 'Questionnaire' } as unknown as typeof qr;
    expect(importIssues(() => fromQuestionnaireResponse(notQr))[0]?.message).toContain(
      'not a QuestionnaireResponse',
    );
  });

  it('answers the schema refuses, by linkId (an integer out of range)', () => {
    const bad = toQuestionnaireResponse('cse', { partnerAgeStatus: 'stated' });
    bad.item?.push({ linkId: 'S3.1', answer: [{ valueInteger: 500 }] });
    expect(importIssues(() => fromQuestionnaireResponse(bad)).map((i) => i.linkId)).toEqual(['S3.1']);
  });
});
