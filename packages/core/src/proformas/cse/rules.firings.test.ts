import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../model/config.ts';
import { cse } from './definition.ts';
import { daysSince } from './derived.ts';
import { ARRIVED_AT, context, FRASER_MET, screened } from './fixtures-common.ts';
import { assault, run } from './rules.testkit.ts';

// cse.md "Rules": each firing's own level, actions and wording (the outcome lists every firing,
// not only the highest), and the boundaries of the derived values behind them.

const firingsOf = (e: ReturnType<typeof run>, rule: string) => e.firings.filter((f) => f.rule === rule);
/** A 15-year-old with an adult partner (R5): HIGH. */
const HIGH = screened({
  screenReasons: ['contraception'],
  ...FRASER_MET,
  partnerAgeStatus: 'stated',
  partnerAgeYears: 18,
});
/** A 16-year-old who met the partner online (M6): MEDIUM. */
const MEDIUM = screened({
  screenReasons: ['contraception'],
  partnerAgeStatus: 'stated',
  partnerAgeYears: 16,
  howMetPartner: 'online',
});
/** A 16-year-old in foster care (G1): LOW. */
const LOW = screened({
  screenReasons: ['contraception'],
  partnerAgeStatus: 'no-partner',
  livingSituation: 'foster-care',
});
const NONE = screened({ screenReasons: ['contraception'], partnerAgeStatus: 'no-partner' });

describe('C-R1 to C-R6: the band firings, level by level', () => {
  it('C-R1: REFER with no actions of its own (C-R2 carries them)', () => {
    const e = run(screened({ screenReasons: ['contraception'], partnerAgeStatus: 'no-partner' }), 12);
    expect(firingsOf(e, 'C-R1')).toEqual([
      {
        rule: 'C-R1',
        level: 'REFER',
        actions: [],
        reason: 'Aged under 13, the young person cannot consent to any sexual activity in law.',
      },
    ]);
  });

  it('C-R2 HIGH: every firing is REFER (999 is EMERGENCY), the main one with the MASH, the police and the lead', () => {
    const e = run({ ...HIGH, immediateDanger: 'yes' }, 15);
    const fired = firingsOf(e, 'C-R2');
    expect(fired[0]).toEqual({
      rule: 'C-R2',
      level: 'REFER',
      actions: ['MASH_REFERRAL', 'POLICE_NOTIFY', 'INFORM_SAFEGUARDING_LEAD'],
      reason:
        "High risk of sexual exploitation or abuse: phone the MASH now (out of hours, the local authority's emergency duty team), tell the police today and tell the safeguarding lead before discharge. Do not discharge until they agree a plan.",
    });
    expect(fired.find((f) => f.clause === 'c')).toEqual({
      rule: 'C-R2',
      level: 'EMERGENCY',
      actions: ['POLICE_999'],
      clause: 'c',
      reason:
        'In immediate danger of sexual harm or exploitation: call 999 now. Keep the young person somewhere safe in the department, do not let them leave with the person who poses the risk, and tell the safeguarding lead.',
    });
    // The indicator reasons carry no actions and no level of their own above REFER.
    const extras = fired.filter((f) => f.reason.startsWith('Red indicator'));
    expect(extras.length).toBeGreaterThan(0);
    for (const f of extras) expect(f).toMatchObject({ level: 'REFER', actions: [] });
  });

  it('C-R2 (a) and (b): the SARC firings are REFER', () => {
    const now = run(assault({ assaultTiming: 'date-known', assaultDate: '2025-03-09' }));
    expect(firingsOf(now, 'C-R2').find((f) => f.clause === 'a')?.level).toBe('REFER');
    const old = run(assault({ assaultTiming: 'date-known', assaultDate: '2025-03-01' }));
    expect(firingsOf(old, 'C-R2').find((f) => f.clause === 'b')?.level).toBe('REFER');
  });

  it('C-R2 (a): the reason says how long ago, in words (today, 1 day ago, n days ago)', () => {
    const reasonFor = (assaultDate: string) =>
      firingsOf(run(assault({ assaultTiming: 'date-known', assaultDate })), 'C-R2').find(
        (f) => f.clause === 'a',
      )?.reason;
    expect(reasonFor('2025-03-10')).toContain(
      'The most recent assault was today, within the 7-day forensic window',
    );
    expect(reasonFor('2025-03-09')).toContain(
      'The most recent assault was 1 day ago, within the 7-day forensic window',
    );
    expect(reasonFor('2025-03-07')).toContain(
      'The most recent assault was 3 days ago, within the 7-day forensic window',
    );
    expect(reasonFor('2025-03-03')).toContain(
      'The most recent assault was 7 days ago, within the 7-day forensic window',
    );
  });

  it('C-R2 (a) [PROJECT RULE]: the date not known, the SARC decides (exact wording)', () => {
    const a = firingsOf(run(assault({ assaultTiming: 'date-not-known' })), 'C-R2').find(
      (f) => f.clause === 'a',
    );
    expect(a?.reason).toBe(
      'Contact the SARC now, before the young person leaves. The date of the most recent assault is not known, so the sexual assault referral centre (SARC) decides whether forensic work is still useful.',
    );
  });

  it('C-R3 MEDIUM: every firing DISCUSS; the main one says what the lead decides', () => {
    const fired = firingsOf(run(MEDIUM, 16), 'C-R3');
    expect(fired[0]).toEqual({
      rule: 'C-R3',
      level: 'DISCUSS',
      actions: ['CONSIDER_MASH', 'SEXUAL_HEALTH_FOLLOWUP'],
      reason:
        'Medium risk of sexual exploitation or abuse: discuss with the safeguarding lead before discharge. The lead decides whether to refer to the MASH and records why. Arrange sexual-health follow-up.',
    });
    expect(fired.slice(1).map((f) => [f.level, f.actions])).toEqual([['DISCUSS', []]]);
  });

  it('C-R4 LOW: every firing NOTIFY; a confidential GP letter', () => {
    const fired = firingsOf(run(LOW, 16), 'C-R4');
    expect(fired[0]).toEqual({
      rule: 'C-R4',
      level: 'NOTIFY',
      actions: ['NOTIFY_GP', 'SEXUAL_HEALTH_FOLLOWUP'],
      reason:
        'Low risk of sexual exploitation or abuse: tell the GP in a confidential letter and arrange sexual-health follow-up.',
    });
    expect(fired.slice(1).map((f) => [f.level, f.actions])).toEqual([['NOTIFY', []]]);
  });

  it('C-R6 NONE: NO_CONCERN, sexual-health follow-up offered', () => {
    expect(firingsOf(run(NONE, 16), 'C-R6')).toEqual([
      {
        rule: 'C-R6',
        level: 'NO_CONCERN',
        actions: ['SEXUAL_HEALTH_FOLLOWUP'],
        reason: 'No sign of sexual exploitation or abuse was found. Offer sexual-health follow-up.',
      },
    ]);
  });
});

describe('S14 professional judgement in the band firings', () => {
  it('raises the risk: the reason quotes S14.1 without its closing punctuation, once', () => {
    const e = run(
      { ...LOW, judgementRisk: 'medium', judgementReason: 'Seen getting into cars. Twice!!' },
      16,
    );
    expect(e.reasons).toContain(
      "Your professional judgement puts the risk at medium, above the screen's result of low risk: Seen getting into cars. Twice.",
    );
  });

  it('with no S14.1 yet, the reason asks for it', () => {
    const e = run({ ...LOW, judgementRisk: 'high' }, 16);
    const f = firingsOf(e, 'C-R2').find((x) => x.reason.startsWith('Your professional judgement'));
    expect(f).toMatchObject({ level: 'REFER', actions: [] });
    expect(f?.reason).toMatch(/: record what you saw or heard that raises it \(S14\.1\)\.$/);
  });

  it('the same as the screen, or lower, adds no judgement reason (it never lowers the risk)', () => {
    for (const judgementRisk of ['low', 'no-change'] as const) {
      const e = run({ ...LOW, judgementRisk, judgementReason: 'As the screen says.' }, 16);
      expect(e.derived['cseRisk']).toBe('LOW');
      expect(e.reasons.some((r) => r.startsWith('Your professional judgement'))).toBe(false);
    }
  });
});

describe('C-R5, C-R7, C-R8, C-R9: the records and floors beside the band', () => {
  it('C-R5: each floor is DISCUSS with no actions; only (c) and (f) are [PROJECT RULE]', () => {
    const ld = firingsOf(run({ ...NONE, learningDisability: 'yes' }, 16), 'C-R5');
    expect(ld).toEqual([
      {
        rule: 'C-R5',
        level: 'DISCUSS',
        actions: [],
        clause: 'a',
        reason: 'A young person with a learning disability is never rated low.',
      },
    ]);
    const under13 = firingsOf(
      run(screened({ screenReasons: ['genital-anal-symptoms'], partnerAgeStatus: 'no-partner' }), 12),
      'C-R5',
    );
    expect(under13.map((f) => [f.clause, f.level, f.actions, f.status])).toEqual([
      ['c', 'DISCUSS', [], 'project-rule'],
    ]);
  });

  it('C-R5 (d): pregnancy or an STI is a floor at 13, 14 and 15 only (boundary rows 12, 13, 15, 16)', () => {
    const pregnant = (years: number) =>
      run(
        screened({
          screenReasons: ['sti'],
          ...FRASER_MET,
          partnerAgeStatus: 'no-partner',
          sexualActivity: 'yes',
          pregnancyOrSti: ['pregnant'],
        }),
        years,
      ).derived['floors'];
    expect(pregnant(12)).not.toContain('d');
    expect(pregnant(13)).toContain('d');
    expect(pregnant(15)).toContain('d');
    expect(pregnant(16)).not.toContain('d');
  });

  it('C-R7: EC now; under 13 supply it and refer (12 yes, 13 no); the Fraser sentence only when a criterion is not met', () => {
    const ec = (years: number, fraser = FRASER_MET) =>
      firingsOf(
        run(
          screened({ screenReasons: ['emergency-contraception'], ...fraser, partnerAgeStatus: 'no-partner' }),
          years,
        ),
        'C-R7',
      );
    const first =
      'Give emergency contraception now if it is clinically indicated. Do not wait for the safeguarding discussion or referral.';
    expect(ec(12)).toEqual([
      {
        rule: 'C-R7',
        level: 'NO_CONCERN',
        actions: [],
        reason: `${first} Supply it, as it is in the child's best interests, and refer as well.`,
      },
    ]);
    expect(ec(13)[0]?.reason).toBe(first);
    expect(ec(14, { ...FRASER_MET, fraserBestInterests: 'no' })[0]?.reason).toBe(
      `${first} A Fraser criterion is not met: a senior clinician decides on supply at once.`,
    );
  });

  it('C-R8: the Fraser record says whether all five are met', () => {
    const record = (fraser: typeof FRASER_MET) =>
      firingsOf(
        run(screened({ screenReasons: ['contraception'], ...fraser, partnerAgeStatus: 'no-partner' }), 15),
        'C-R8',
      );
    expect(record(FRASER_MET)).toEqual([
      {
        rule: 'C-R8',
        level: 'NO_CONCERN',
        actions: ['FRASER_DOCUMENTED'],
        reason: 'Fraser guidelines recorded: all five criteria are met.',
      },
    ]);
    expect(record({ ...FRASER_MET, fraserLikelyToHaveSex: 'no' })[0]?.reason).toBe(
      'Fraser guidelines recorded: not all five criteria are met.',
    );
  });

  it('C-R9: the confidential-letter record has no level and no actions', () => {
    expect(firingsOf(run(NONE, 16), 'C-R9').map((f) => [f.level, f.actions])).toEqual([['NO_CONCERN', []]]);
  });
});

describe('cse.md "Derived values": boundaries', () => {
  it('a screen reason counts when it is one of several (R1 from sexual assault beside contraception)', () => {
    const e = run(
      screened({
        screenReasons: ['contraception', 'sexual-assault'],
        ...FRASER_MET,
        partnerAgeStatus: 'no-partner',
      }),
      15,
    );
    expect(e.derived['red']).toContain('R1');
    expect(e.derived['ecRequested']).toBe(false);
  });

  it('daysSinceAssault reads S10.1 only when S10 = date known', () => {
    expect(daysSince({ assaultTiming: 'date-known', assaultDate: '2025-03-08' }, ARRIVED_AT)).toBe(2);
    expect(
      daysSince({ assaultTiming: 'date-not-known', assaultDate: '2025-03-08' }, ARRIVED_AT),
    ).toBeUndefined();
    expect(daysSince({ assaultTiming: 'date-known' }, ARRIVED_AT)).toBeUndefined();
  });

  it('SARC window: an assault date after the attendance is refused, and would not open the window', () => {
    expect(() => run(assault({ assaultTiming: 'date-known', assaultDate: '2025-03-12' }))).toThrow(
      /cannot be after the date of this attendance/,
    );
    // The derivation itself keeps the window shut for it too (defence in depth, without validation).
    const answers = assault({ assaultTiming: 'date-known', assaultDate: '2025-03-12' });
    const derived = cse.derive({
      answers,
      context: context(16, 'female'),
      config: { ...DEFAULT_CONFIG },
      age: { years: 16, months: 198 },
      encounter: {},
    });
    expect(derived.daysSinceAssault).toBe(-2);
    expect(derived.forensicWindowOpen).toBe(false);
  });

  it('partnerAgeGap only from a stated age (no partner, or stated with no age yet: none)', () => {
    expect(run(NONE, 16).derived['partnerAgeGap']).toBeUndefined();
    const noAgeYet = run(screened({ screenReasons: ['contraception'], partnerAgeStatus: 'stated' }), 16);
    expect(noAgeYet.derived['partnerAgeGap']).toBeUndefined();
    expect(run(MEDIUM, 16).derived['partnerAgeGap']).toBe(0);
  });
});
