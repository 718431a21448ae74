import { describe, expect, it } from 'vitest';
import { FRASER_MET, screened } from './fixtures-common.ts';
import { clauses, run } from './rules.testkit.ts';
import type { CseAnswers } from './schema.ts';

// Targeted clause tests of C-R5 (a)–(f), the derivations and S14, and C-R7, C-R8, C-R9
// (cse.md "Rules" and "Derived values").

describe('C-R5 floors (one firing per clause)', () => {
  it('(a) learning disability fires alongside a HIGH band', () => {
    const e = run(
      screened({
        screenReasons: ['contraception'],
        partnerAgeStatus: 'no-partner',
        learningDisability: 'yes',
        sexExchanged: 'yes',
      }),
    );
    expect(clauses(e, 'C-R5')).toEqual(['a']);
    expect(e.firedRules).toContain('C-R2');
    expect(e.reasons).toContain('A young person with a learning disability is never rated low.');
  });
  it('(b) a Fraser criterion not met; an unanswered criterion counts toward neither', () => {
    const partial = run({ screenReasons: ['contraception'], fraserUnderstandsAdvice: 'yes' }, 15);
    expect(partial.derived['fraserNotMet']).toBe(false);
    expect(partial.derived['fraserMet']).toBe(false);
    const notMet = run({ screenReasons: ['contraception'], fraserBestInterests: 'no' }, 15);
    expect(clauses(notMet, 'C-R5')).toEqual(['b']);
  });
  it('(d) pregnancy at 13 counts (lower bound of 13–15)', () => {
    const e = run(
      screened({
        screenReasons: ['pregnancy-test'],
        ...FRASER_MET,
        partnerAgeStatus: 'no-partner',
        pregnancyOrSti: ['pregnant'],
      }),
      13,
    );
    expect(clauses(e, 'C-R5')).toEqual(['d']);
  });
  it('(f) [PROJECT RULE] counts shown unknowns but not those whose indicator is derived', () => {
    const unknowns: Partial<CseAnswers> = {
      chaoticHomeOrPastAbuse: 'unknown',
      friendsBeingExploited: 'unknown',
      goingMissing: 'unknown',
      unexplainedMoneyOrGifts: 'unknown',
      lookedAfterOrCareLeaver: 'unknown',
    };
    const atHome = run(
      screened({ screenReasons: ['contraception'], partnerAgeStatus: 'no-partner', ...unknowns }),
    );
    expect(atHome.derived['unknownCount']).toBe(5);
    expect(atHome.firings.find((f) => f.clause === 'f')).toMatchObject({
      status: 'project-rule',
      reason: 'Screen incomplete: discuss before discharge. 5 indicators are unknown.',
    });
    const inCare = run(
      screened({
        screenReasons: ['contraception'],
        partnerAgeStatus: 'no-partner',
        livingSituation: 'foster-care',
        ...unknowns,
      }),
    );
    expect(inCare.derived['unknownCount']).toBe(4);
    expect(clauses(inCare, 'C-R5')).toEqual([]);
  });
  it('(f) unanswered indicators do not count; cseUnknownFloorCount is read from the site config', () => {
    expect(run({ screenReasons: ['contraception'] }).derived['unknownCount']).toBe(0);
    const four = {
      chaoticHomeOrPastAbuse: 'unknown',
      friendsBeingExploited: 'unknown',
      goingMissing: 'unknown',
      unexplainedMoneyOrGifts: 'unknown',
    } as const;
    const e = run(
      screened({ screenReasons: ['contraception'], partnerAgeStatus: 'no-partner', ...four }),
      16,
      'female',
      { cseUnknownFloorCount: 4 },
    );
    expect(clauses(e, 'C-R5')).toEqual(['f']);
  });
});

describe('derivations and judgement', () => {
  it('a derived indicator cannot be removed by answering its item no', () => {
    const e = run(
      screened({
        screenReasons: ['contraception'],
        partnerAgeStatus: 'stated',
        partnerAgeYears: 21,
        partnerAgeEvasive: 'no',
        howMetPartner: 'online',
        onlineSexualRisk: 'no',
      }),
    );
    expect(e.detail).toMatchObject({ amber: ['M3', 'M6'] });
  });
  it('S14 can raise the risk but never lower it', () => {
    const lowered = run(
      screened({
        screenReasons: ['contraception'],
        partnerAgeStatus: 'unknown-or-wont-say',
        judgementRisk: 'low',
      }),
    );
    expect(lowered.detail['cseRisk']).toBe('MEDIUM');
    expect(lowered.derived['judgementRaisesRisk']).toBe(false);
    const raised = run(
      screened({
        screenReasons: ['contraception'],
        partnerAgeStatus: 'no-partner',
        judgementRisk: 'medium',
        judgementReason: 'Scared of her phone.',
      }),
    );
    expect(raised.detail['cseRisk']).toBe('MEDIUM');
    expect(raised.reasons).toContain(
      "Your professional judgement puts the risk at medium, above the screen's result of no risk: Scared of her phone.",
    );
  });
  it('a partner younger than the young person gives a negative gap and no M3', () => {
    const e = run(
      screened({ screenReasons: ['contraception'], partnerAgeStatus: 'stated', partnerAgeYears: 14 }),
    );
    expect(e.derived['partnerAgeGap']).toBe(-2);
    expect(e.detail['amber']).toEqual([]);
  });
});

describe('C-R7, C-R8 and C-R9', () => {
  it('C-R7 under 13 adds "supply it and refer as well"; with the Fraser floor, the senior decision is at once', () => {
    const young = run({ screenReasons: ['emergency-contraception'] }, 12);
    expect(young.reasons[0]).toContain(
      "Supply it, as it is in the child's best interests, and refer as well.",
    );
    const floor = run({ screenReasons: ['emergency-contraception'], fraserUnderstandsAdvice: 'no' }, 14);
    expect(floor.reasons[0]).toContain('a senior clinician decides on supply at once');
  });
  it('C-R8 needs all five Fraser items answered, met or not', () => {
    const four = { ...FRASER_MET, fraserBestInterests: undefined };
    expect(run({ screenReasons: ['sti'], ...four }, 15).firedRules).not.toContain('C-R8');
    expect(run({ screenReasons: ['sti'], ...FRASER_MET, fraserBestInterests: 'no' }, 15).actions).toContain(
      'FRASER_DOCUMENTED',
    );
  });
  it('C-R9: S16 agrees → includes; objects → leaves out; not asked → leaves out', () => {
    const base = screened({ screenReasons: ['contraception'], partnerAgeStatus: 'no-partner' });
    const reason = (view: CseAnswers['youngPersonSharingView']) =>
      run({ ...base, youngPersonSharingView: view }).firings.find((f) => f.rule === 'C-R9')?.reason;
    expect(reason('agrees')).toBe(
      'A confidential sexual-health visit: the letter goes to the GP only, is marked not for online or proxy view, and includes the sexual-health care because the young person agreed.',
    );
    expect(reason('objects')).toContain(
      'leaves out the sexual-health care because the young person did not agree.',
    );
    expect(reason('not-asked')).toContain(
      'leaves out the sexual-health care because the young person was not asked.',
    );
  });
  it("C-R9: the triage's E2.2 must agree too (encounter.otherAnswers)", () => {
    const answers = screened({ screenReasons: ['contraception'], partnerAgeStatus: 'no-partner' });
    const e = run(answers, 16, 'female', undefined, {
      otherAnswers: { 'paediatric-triage': { youngPersonSharingView: 'objects' } },
    });
    expect(e.firings.find((f) => f.rule === 'C-R9')?.reason).toContain(
      'leaves out the sexual-health care because the young person did not agree.',
    );
  });
});
