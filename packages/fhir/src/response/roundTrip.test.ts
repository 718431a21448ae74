import { PROFORMA_IDS, evaluate } from '@proformas/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArb, keepValidFor } from '../test/arbitraries.ts';
import { FIXTURES } from '../test/fixtures.ts';
import { fhirSchemaErrors } from '../test/schema.ts';
import { fromQuestionnaireResponse } from './fromResponse.ts';
import { toQuestionnaireResponse } from './toResponse.ts';

/** The issue asks for at least 1,000 cases per proforma. */
export const ROUND_TRIP_RUNS = 1000;

describe.each(PROFORMA_IDS)('%s answers → QuestionnaireResponse → answers', (id) => {
  it.each(FIXTURES[id].map((f) => [f.name, f] as const))(
    'is the identity for the fixture "%s"',
    (_, fixture) => {
      const qr = toQuestionnaireResponse(id, fixture.answers);
      expect(fhirSchemaErrors(qr)).toEqual([]);
      expect(fromQuestionnaireResponse(qr)).toStrictEqual({ id, answers: fixture.answers });
    },
  );

  it(`is the identity for arbitrary valid answers (${ROUND_TRIP_RUNS} runs)`, () => {
    let runs = 0;
    fc.assert(
      fc.property(answersArb(id), (answers) => {
        runs++;
        const qr = toQuestionnaireResponse(id, answers);
        expect(fhirSchemaErrors(qr)).toEqual([]);
        expect(fromQuestionnaireResponse(qr)).toStrictEqual({ id, answers });
      }),
      { numRuns: ROUND_TRIP_RUNS },
    );
    expect(runs).toBeGreaterThanOrEqual(ROUND_TRIP_RUNS);
  });
});

/** With the assessment context, hidden answers are left out: the round trip gives the engine's shown answers. */
const CONTEXT_RUNS = 200;

describe.each(PROFORMA_IDS)('%s answers → QuestionnaireResponse (hidden items omitted) → answers', (id) => {
  it(`gives what the engine keeps for arbitrary answers and fixture contexts (${CONTEXT_RUNS} runs)`, () => {
    const contexts = FIXTURES[id].map((f) => f.context);
    fc.assert(
      fc.property(answersArb(id), fc.constantFrom(...contexts), (raw, context) => {
        const answers = keepValidFor(id, raw, context);
        const shown = evaluate(id, answers, context).answers;
        const qr = toQuestionnaireResponse(id, answers, { assessment: context });
        expect(fhirSchemaErrors(qr)).toEqual([]);
        expect(fromQuestionnaireResponse(qr)).toStrictEqual({ id, answers: shown });
        // The engine's shown answers are a fixed point: writing them again changes nothing.
        expect(toQuestionnaireResponse(id, shown, { assessment: context })).toStrictEqual(qr);
      }),
      { numRuns: CONTEXT_RUNS },
    );
  });
});
