import { describe, expect, it } from 'vitest';
import { evaluate, toAssessment, type Assessment } from '../../engine/assess.ts';
import { combineEncounter, type FormAssessor } from '../../engine/assessEncounter.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { cseFixtures } from './fixtures.ts';

// domain/README.md "Combining forms": in step 1 the CSE screen sees the triage's answers (E2.2 for
// C-R9); the triage is then re-assessed with the CSE band (P-R5 k, P-R6). The triage is stubbed
// here so that this test depends only on the CSE form.

const example9B = cseFixtures.find((f) => f.example === '9B');
if (!example9B) throw new Error('example 9B missing');

const run = (triageView: string) => {
  const seen: EncounterInputs[] = [];
  const assessor: FormAssessor = (id, answers, inputs) => {
    if (id === 'cse') return toAssessment(evaluate('cse', answers, example9B.context, inputs));
    seen.push(inputs ?? {});
    const stub: Assessment = {
      proforma: id,
      level: 'NO_CONCERN',
      actions: ['ROUTINE_SUMMARY'],
      firedRules: [],
      detail: {},
      reasons: [],
    };
    return stub;
  };
  const result = combineEncounter(
    { 'paediatric-triage': { youngPersonSharingView: triageView }, cse: example9B.answers },
    example9B.context,
    assessor,
  );
  return { result, seen };
};

describe('cse in an encounter', () => {
  it("C-R9: the letter leaves out the sexual-health care when the triage's E2.2 objects, though S16 agrees", () => {
    const { result } = run('objects');
    expect(result.forms.cse?.reasons).toContain(
      'A confidential sexual-health visit: the letter goes to the GP only, is marked not for online or proxy view, and leaves out the sexual-health care because the young person did not agree.',
    );
  });

  it('C-R9: both agree → the letter includes it; the triage is re-assessed with cseRisk NONE', () => {
    const { result, seen } = run('agrees');
    expect(
      result.forms.cse?.reasons.some((r) =>
        r.includes('includes the sexual-health care because the young person agreed'),
      ),
    ).toBe(true);
    expect(seen.at(-1)?.cseRisk).toBe('NONE');
    expect(result.level).toBe('NO_CONCERN');
  });
});
