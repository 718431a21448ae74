import { describe, expect, it } from 'vitest';
import { FRASER_MET, screened } from './fixtures-common.ts';
import { assault, clauses, run } from './rules.testkit.ts';

// Targeted clause tests of C-R1 and C-R2 (a), (b), (c): cse.md "Rules" and the reasons' wording.

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
