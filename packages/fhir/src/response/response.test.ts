import { assess, evaluate, ProformaValidationError } from '@proformas/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE } from '../options.ts';
import { FIXTURES } from '../test/fixtures.ts';
import { fhirSchemaErrors } from '../test/schema.ts';
import { fromQuestionnaireResponse } from './fromResponse.ts';
import { validResponse as toQuestionnaireResponse } from '../test/valid.ts';

const fixture = (id: keyof typeof FIXTURES, n = 0) => {
  const f = FIXTURES[id][n];
  if (!f) throw new Error(`no fixture ${n} for ${id}`);
  return f;
};
describe('toQuestionnaireResponse', () => {
  const triage = fixture('paediatric-triage');

  it('is in-progress for a draft and completed, authored and authored-by when signed', () => {
    const draft = toQuestionnaireResponse('paediatric-triage', triage.answers, { nhsNumber: '9434765919' });
    expect(draft.status).toBe('in-progress');
    expect(draft.authored).toBeUndefined();
    const signed = toQuestionnaireResponse('paediatric-triage', triage.answers, {
      signed: { by: 'Dr A Synthetic', at: '2025-03-14T17:00:00+00:00' },
      nhsNumber: '9434765919',
      encounter: { reference: 'urn:uuid:0b8f7e2c-1d7a-4c8e-9b51-6f1e2f3a4b5c' },
    });
    expect(signed).toMatchObject({
      status: 'completed',
      authored: '2025-03-14T17:00:00+00:00',
      author: { type: 'PractitionerRole', display: 'Dr A Synthetic' },
      subject: { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9434765919' } },
      questionnaire: `${DEFAULT_BASE}/Questionnaire/paediatric-triage|0.1.0`,
      meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-QuestionnaireResponse'] },
    });
    expect(fhirSchemaErrors(signed)).toEqual([]);
    expect(toQuestionnaireResponse('cse', {}, { status: 'entered-in-error' }).status).toBe(
      'entered-in-error',
    );
  });

  it('writes yes-no as valueBoolean, an empty multi as answer-status#none-ticked, a group row per entry', () => {
    const qr = toQuestionnaireResponse('fgm', {
      signsObserved: 'yes',
      significantIndicators: [],
      identifiedBy: [{ name: 'Jo Synthetic', regulator: 'nmc' }, {}],
    });
    const item = (linkId: string) => qr.item?.filter((i) => i.linkId === linkId) ?? [];
    expect(item('F5a')[0]?.answer).toEqual([{ valueBoolean: true }]);
    expect(item('F7')[0]?.answer?.[0]?.valueCoding).toMatchObject({
      system: `${DEFAULT_BASE}/CodeSystem/answer-status`,
      code: 'none-ticked',
    });
    expect(item('F15d')).toHaveLength(2);
    expect(item('F15d')[0]?.item?.map((i) => i.linkId)).toEqual(['F15d.name', 'F15d.regulator']);
    expect(fhirSchemaErrors(qr)).toEqual([]);
  });

  it('keeps a date-time without seconds exact through a primitive extension', () => {
    const qr = toQuestionnaireResponse('paediatric-triage', {
      injuryOrMark: 'yes',
      injuryAt: '2025-03-14T16:30+00:00',
    });
    const answer = qr.item?.find((i) => i.linkId === 'B2')?.answer?.[0];
    expect(answer?.valueDateTime).toBe('2025-03-14T16:30:00+00:00');
    expect(fhirSchemaErrors(qr)).toEqual([]);
    expect(fromQuestionnaireResponse(qr).answers['injuryAt']).toBe('2025-03-14T16:30+00:00');
  });

  it('leaves out answers to items not shown when given the assessment context (coding.md §2.3)', () => {
    const answers = { ...triage.answers, injuryOrMark: 'no', unexplainedDelay: 'yes' };
    const qr = toQuestionnaireResponse('paediatric-triage', answers, { assessment: triage.context });
    expect(qr.item?.some((i) => i.linkId === 'B3')).toBe(false);
    const shown = evaluate('paediatric-triage', answers, triage.context).answers;
    expect(fromQuestionnaireResponse(qr).answers).toStrictEqual(shown);
  });

  it('refuses invalid answers with a ProformaValidationError listing each item', () => {
    expect(() => toQuestionnaireResponse('cse', { seenAlone: 'maybe', nope: 1 })).toThrow(
      ProformaValidationError,
    );
    try {
      toQuestionnaireResponse('cse', { seenAlone: 'maybe', nope: 1 });
    } catch (error) {
      expect((error as ProformaValidationError).issues.map((i) => i.key).sort()).toEqual([
        'nope',
        'seenAlone',
      ]);
    }
  });

  it('gives the same assessment from the imported answers as from the originals (every fixture)', () => {
    for (const [id, fixtures] of Object.entries(FIXTURES) as [
      keyof typeof FIXTURES,
      (typeof FIXTURES)['cse'],
    ][]) {
      for (const f of fixtures) {
        const back = fromQuestionnaireResponse(
          toQuestionnaireResponse(id, f.answers, { assessment: f.context }),
        );
        expect(assess(id, back.answers, f.context), f.name).toEqual(assess(id, f.answers, f.context));
      }
    }
  });
});
