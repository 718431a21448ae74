import { evaluate } from '@proformas/core';
import { describe, expect, it } from 'vitest';
import * as api from './index.ts';
import { encounterOf } from './test/encounters.ts';
import { fixtureNamed } from './test/find.ts';
import { fhirSchemaErrors } from './test/schema.ts';

describe('the public API of @proformas/fhir', () => {
  it('exports the names other systems rely on (issue point 1), and only named exports', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DEFAULT_BASE',
      'QuestionnaireResponseImportError',
      'SENSITIVE_LABELS',
      'SNOMED',
      'UNVERIFIED_TRUNCATED_SCTIDS',
      'fromQuestionnaireResponse',
      'isUsableUkConceptId',
      'proformaIndex',
      'sctidParts',
      'toBundle',
      'toEncounter',
      'toQuestionnaire',
      'toQuestionnaireResponse',
      'verhoeffValid',
    ]);
  });

  it('works end to end through those names alone', () => {
    const fixture = fixtureNamed('cse', '15-year-old asking for contraception');
    const questionnaire = api.toQuestionnaire('cse');
    const qr = api.toQuestionnaireResponse('cse', fixture.answers, { assessment: fixture.context });
    const bundle = api.toBundle(encounterOf('cse', fixture));
    for (const resource of [questionnaire, qr, bundle]) expect(fhirSchemaErrors(resource)).toEqual([]);
    expect(qr.questionnaire).toBe(`${questionnaire.url}|${encodeURI(questionnaire.version)}`);
    // Answers to items the engine hides are left out of the response.
    const shown = evaluate('cse', fixture.answers, fixture.context).answers;
    expect(api.fromQuestionnaireResponse(qr)).toEqual({ id: 'cse', answers: shown });
    expect(Object.keys(shown).length).toBeLessThan(Object.keys(fixture.answers).length);
  });

  it('uses a placeholder base on a reserved example domain until a deployment sets its own', () => {
    expect(api.DEFAULT_BASE).toBe('https://example.org/fhir/safeguarding');
  });
});
