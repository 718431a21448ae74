import { describe, expect, it } from 'vitest';
import type { SafeguardingConfig } from '../../model/config.ts';
import type { Sex } from '../../model/context.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { cse } from './definition.ts';
import { context, FRASER_MET, screened } from './fixtures-common.ts';
import type { CseAnswers } from './schema.ts';

// Targeted clause tests: each lettered clause of C-R2 and C-R5, the reasons' wording, and the
// derivations' edge cases (cse.md "Rules" and "Derived values").

const run = (
  answers: Partial<CseAnswers>,
  years = 16,
  sex: Sex = 'female',
  config?: Partial<SafeguardingConfig>,
  encounter: EncounterInputs = {},
) => evaluateProforma(cse, answers, context(years, sex, ['sexual-health'], config), encounter);
const clauses = (e: ReturnType<typeof run>, rule: string) =>
  e.firings.filter((f) => f.rule === rule).map((f) => f.clause);
const assault = (extra: Partial<CseAnswers>) =>
  screened({ screenReasons: ['sexual-assault'], partnerAgeStatus: 'no-partner', ...extra });

describe('C-R1 and C-R2', () => {
  it('C-R1: under 13 with a sexual context, whatever else was answered', () => {
    const e = run(screened({ screenReasons: ['contraception'], partnerAgeStatus: 'no-partner' }), 12);
    expect(e.reasons).toContain(
      'Aged under 13, the young person cannot consent to any sexual activity in law.',
    );
    expect(e.derived['cseRisk']).toBe('HIGH');
  });
  it('C-R1 not fired under 13 for genital symptoms alone with no sexual contact: the C-R5 (c) floor', () => {
    const e = run(screened({ screenReasons: ['genital-anal-symptoms'], partnerAgeStatus: 'no-partner' }), 12);
    expect(e.firedRules).not.toContain('C-R1');
    expect(clauses(e, 'C-R5')).toEqual(['c']);
    expect(e.level).toBe('DISCUSS');
  });
  it('C-R2 reason per red indicator with its source (example 1 wording)', () => {
    const e = run(
      screened({
        screenReasons: ['contraception'],
        ...FRASER_MET,
        partnerAgeStatus: 'stated',
        partnerAgeYears: 18,
      }),
      15,
    );
    expect(e.reasons).toContain(
      "Red indicator R5 (worked out from the partner's age): She is 15 and her partner is 18: an adult partner of an under-16.",
    );
  });
  it('C-R2: an asked red indicator says "asked"; a boy is "he"', () => {
    const e = run(
      screened({
        screenReasons: ['sti'],
        ...FRASER_MET,
        partnerAgeStatus: 'stated',
        partnerAgeYears: 19,
        sexExchanged: 'yes',
      }),
      15,
      'male',
    );
    expect(e.reasons).toContain(
      'Red indicator R2 (asked): Sex has been exchanged for money, drugs, alcohol, somewhere to stay, gifts or status.',
    );
    expect(
      e.reasons.some((r) => r.startsWith('Red indicator R5') && r.includes('He is 15 and his partner is 19')),
    ).toBe(true);
  });
  it('C-R2 (a): within the window (day 0 counts), SARC now; no [PROJECT RULE] mark when the date is known', () => {
    const e = run(assault({ assaultTiming: 'date-known', assaultDate: '2025-03-10' }));
    const a = e.firings.find((f) => f.rule === 'C-R2' && f.clause === 'a');
    expect(a?.actions).toEqual(['SARC_REFERRAL']);
    expect(a?.reason).toMatch(
      /^Contact the SARC now, before the young person leaves\. The most recent assault was today/,
    );
    expect(a?.status).toBeUndefined();
    expect(e.detail).toMatchObject({ forensicWindowOpen: true, daysSinceAssault: 0 });
  });
  it('C-R2 (a) [PROJECT RULE]: date not known opens the window', () => {
    const e = run(assault({ assaultTiming: 'date-not-known' }));
    expect(e.firings.find((f) => f.clause === 'a')?.status).toBe('project-rule');
    expect(e.detail).not.toHaveProperty('daysSinceAssault');
  });
  it('C-R2 (b) [PROJECT RULE]: non-recent, via the strategy discussion, no deadline of its own', () => {
    const e = run(assault({ assaultTiming: 'date-known', assaultDate: '2025-03-02' }));
    const b = e.firings.find((f) => f.rule === 'C-R2' && f.clause === 'b');
    expect(b?.status).toBe('project-rule');
    expect(b?.reason).toContain('Non-recent: via the strategy discussion.');
    expect(b?.reason).toContain(
      'The abuse was more than 7 days ago: forensic evidence is unlikely, but the SARC still cares for the young person.',
    );
  });
  it('C-R2 (b): while S10 is unanswered the reason asks for it, and the SARC referral stays listed', () => {
    const e = run(assault({}));
    expect(clauses(e, 'C-R2')).toContain('b');
    expect(e.actions).toContain('SARC_REFERRAL');
    expect(e.firings.find((f) => f.clause === 'b')?.reason).toMatch(
      /^Record when the most recent assault happened \(S10\)/,
    );
    expect(e.detail).not.toHaveProperty('forensicWindowOpen');
  });
  it('C-R2 (b) not fired for a red indicator other than R1 outside the window; (a) fires for any red inside it', () => {
    const old = run(
      screened({
        screenReasons: ['sti'],
        partnerAgeStatus: 'no-partner',
        forcedOrCoercedSex: 'yes',
        assaultTiming: 'date-known',
        assaultDate: '2025-02-01',
      }),
    );
    expect(old.actions).not.toContain('SARC_REFERRAL');
    const recent = run(
      screened({
        screenReasons: ['sti'],
        partnerAgeStatus: 'no-partner',
        forcedOrCoercedSex: 'yes',
        assaultTiming: 'date-known',
        assaultDate: '2025-03-08',
      }),
    );
    expect(clauses(recent, 'C-R2')).toContain('a');
  });
  it('cseForensicWindowDays is read from the site config (8 days open with a window of 8)', () => {
    const e = run(assault({ assaultTiming: 'date-known', assaultDate: '2025-03-02' }), 16, 'female', {
      cseForensicWindowDays: 8,
    });
    expect(e.detail['forensicWindowOpen']).toBe(true);
  });
  it('C-R2 (c): immediate danger is EMERGENCY with POLICE_999, on partial answers', () => {
    const e = run({ immediateDanger: 'yes' });
    const c = e.firings.find((f) => f.clause === 'c');
    expect(c).toMatchObject({ rule: 'C-R2', level: 'EMERGENCY', actions: ['POLICE_999'] });
    expect(e.actions[0]).toBe('POLICE_999');
  });
});

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
