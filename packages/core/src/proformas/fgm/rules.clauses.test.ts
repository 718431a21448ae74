import { describe, expect, it } from 'vitest';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { fgm } from './definition.ts';
import { fgmContext, girl, GIRL_UNSTATED, person, WOMAN_UNSTATED } from './fixtures-builder.ts';
import type { FgmAnswers } from './schema.ts';

// Targeted clause tests of fgm.md "Rules" beyond the worked examples.
const GIRL_15 = fgmContext('2009-07-07', '2025-01-31T18:45:00+00:00');
const WOMAN = fgmContext('1985-01-15', '2025-04-10T10:00:00+01:00');
const run = (answers: Partial<FgmAnswers>, context = GIRL_15) => evaluateProforma(fgm, answers, context);
const clauses = (answers: Partial<FgmAnswers>, context = GIRL_15) =>
  run(answers, context).firings.map((f) => `${f.rule}${f.clause ? ` (${f.clause})` : ''}`);
const DISCLOSED: Partial<FgmAnswers> = {
  ...GIRL_UNSTATED,
  girlDisclosed: 'yes',
  girlDisclosureWords: 'I was cut.',
};

describe('F-R1 (a) and (b): the s5B report', () => {
  it('F-R1 (a): while F15d is empty the 101 report stands with no owner and the reasons ask for F15d', () => {
    const evaluation = run(DISCLOSED);
    expect(evaluation.actions).toContain('POLICE_101_FGM_REPORT');
    expect(evaluation.reasons.some((r) => r.startsWith('Record in F15d each member of staff'))).toBe(true);
    expect(evaluation.detail['s5b']).toMatchObject({ status: 'report-required', reporters: [] });
  });

  it('F-R1 (a): one outstanding line per reporter with no reference, naming them and both dates', () => {
    const evaluation = run({
      ...DISCLOSED,
      identifiedBy: [person('Jo Synthetic', 'staff nurse', 'nmc', 'heard')],
    });
    const line = evaluation.reasons.find((r) => r.startsWith('Police report outstanding for Jo Synthetic'));
    expect(line).toMatch(/3 February 2025.*28 February 2025/);
    expect(evaluation.firings.filter((f) => f.clause === 'a')).toHaveLength(2);
  });

  it('F-R1 (a): a reporter who recorded their own reference keeps status report-required, with the reference', () => {
    const row = person('Jo Synthetic', 'staff nurse', 'nmc', 'heard', {
      policeReferenceNumber: 'SYN-1',
      policeReportMadeAt: '2025-01-31T19:30:00+00:00',
    });
    const evaluation = run({ ...DISCLOSED, identifiedBy: [row] });
    expect(evaluation.detail['s5b']).toMatchObject({
      status: 'report-required',
      reporters: [
        { status: 'report-required', policeReference: 'SYN-1', reportedAt: '2025-01-31T19:30:00+00:00' },
      ],
    });
    expect(evaluation.reasons.some((r) => r.startsWith('Police report outstanding'))).toBe(false);
  });

  it('F-R1: every reporter reported by a colleague → status reported-by-colleague, neither (a) nor (b)', () => {
    const row = person('Jo Synthetic', 'staff nurse', 'nmc', 'heard', {
      reportedByColleague: 'yes',
      policeReferenceNumber: 'SYN-2',
    });
    const evaluation = run({
      ...DISCLOSED,
      identifiedBy: [row, person('Sam Sample', 'receptionist', 'not-regulated', 'heard')],
    });
    expect(evaluation.level).toBe('REFER');
    expect(evaluation.actions).not.toContain('POLICE_101_FGM_REPORT');
    expect(evaluation.actions).not.toContain('POLICE_NOTIFY');
    expect(evaluation.actions).toEqual(expect.arrayContaining(['MASH_REFERRAL', 'FGM_SPECIALIST_REFERRAL']));
    expect(evaluation.detail['s5b']).toMatchObject({ status: 'reported-by-colleague' });
  });

  it('F-R1 (b) is a [PROJECT RULE] and excludes (a)', () => {
    const evaluation = run({
      ...DISCLOSED,
      identifiedBy: [person('Sam Sample', 'receptionist', 'not-regulated', 'heard')],
    });
    const main = evaluation.firings.find((f) => f.rule === 'F-R1' && f.clause === 'b');
    expect(main?.status).toBe('project-rule');
    expect(
      clauses({ ...DISCLOSED, identifiedBy: [person('Sam', 'receptionist', 'not-regulated', 'heard')] }),
    ).toEqual(['F-R1 (b)']);
  });

  it('SAFER READING: a row whose regulator is not recorded yet still owes the report', () => {
    const evaluation = run({ ...DISCLOSED, identifiedBy: [{ name: 'New Starter' }] });
    expect(evaluation.actions).toContain('POLICE_101_FGM_REPORT');
    expect(evaluation.detail['s5b']).toMatchObject({
      reporters: [{ row: 0, regulator: '', heardOrSaw: null }],
    });
  });

  it('F-R1 and F-R2 never both fire for the patient; F-R2 (b) still fires for her sister', () => {
    const answers = {
      ...DISCLOSED,
      thirdPartyReport: 'yes' as const,
      thirdPartySource: 'parent' as const,
      hasGirlsInFamily: 'yes' as const,
      girlsInFamily: [girl('Sister Example', '2012-01-01', 'sister', 'yes')],
    };
    const fired = clauses(answers);
    expect(fired).not.toContain('F-R2 (a)');
    expect(fired).toContain('F-R2 (b)');
    // The patient's own FGM is a sister's history for a second sister, flagged on F-R1's path.
    const withSecond = {
      ...answers,
      girlsInFamily: [...answers.girlsInFamily, girl('Little Sister', '2019-01-01', 'sister', 'no')],
    };
    expect(run(withSecond).detail['fgmIs']).toMatchObject({ add: [{ girl: 1, basis: 'sister-had-fgm' }] });
    expect(run(withSecond).firings.find((f) => f.actions.includes('FGM_IS_ADD_INDICATOR'))?.rule).toBe(
      'F-R1',
    );
  });

  it('imminent travel raises F-R1 to EMERGENCY but the 101 report is still listed', () => {
    const evaluation = run({ ...DISCLOSED, travelOrProcedurePlanned: 'yes', plannedDate: '2025-02-07' });
    expect(evaluation.level).toBe('EMERGENCY');
    expect(evaluation.actions.slice(0, 3)).toEqual(['POLICE_999', 'MASH_REFERRAL', 'POLICE_101_FGM_REPORT']);
  });
});

describe('F-R2 third-party account', () => {
  it('SAFER READING: (a) fires while F4a and F5a are still unanswered', () => {
    expect(clauses({ thirdPartyReport: 'yes' })).toEqual(['F-R2 (a)']);
  });

  it('(b) fires once per listed girl said to have had FGM, never for a girl aged 18 or over', () => {
    const answers = {
      ...WOMAN_UNSTATED,
      hasGirlsInFamily: 'yes' as const,
      girlsInFamily: [
        girl('Adult Sister', '2000-01-01', 'sister', 'yes'),
        girl('Young Sister', '2012-01-01', 'sister', 'yes'),
      ],
    };
    expect(clauses(answers, WOMAN).filter((c) => c.startsWith('F-R2'))).toEqual(['F-R2 (b)']);
    expect(run(answers, WOMAN).detail['girlsSaidToHaveFgm']).toEqual([1]);
  });
});

describe('F-R3 girls at risk', () => {
  const AT_RISK = { ...GIRL_UNSTATED, otherIndicators: ['mother-had-fgm' as const] };

  it('branch 1: a cutter expected is EMERGENCY (not a project rule); the FGM Protection Order is mentioned', () => {
    const evaluation = run({ ...AT_RISK, cutterOrImminentSign: 'yes' });
    const f = evaluation.firings.find((x) => x.rule === 'F-R3' && x.clause === '1');
    expect(f?.level).toBe('EMERGENCY');
    expect(f?.status).toBeUndefined();
    expect(f?.reason).toMatch(/FGM Protection Order/);
  });

  it('branch 1 by date uses fgmImminenceDays from the site config (7: 7 days imminent, 8 not)', () => {
    const ctx = fgmContext('2014-02-01', '2025-06-06T10:00:00+01:00', { config: { fgmImminenceDays: 7 } });
    const travel = (plannedDate: string) => ({
      ...AT_RISK,
      travelOrProcedurePlanned: 'yes' as const,
      plannedDate,
    });
    expect(run(travel('2025-06-13'), ctx).level).toBe('EMERGENCY');
    expect(run(travel('2025-06-14'), ctx).level).toBe('NOTIFY');
    expect(run(travel('2025-06-13'), ctx).firings.find((f) => f.clause === '1')?.status).toBe('project-rule');
  });

  it('"unknown" never scores: F9a unknown with a near date is not imminent', () => {
    const evaluation = run({ ...AT_RISK, travelOrProcedurePlanned: 'unknown' });
    expect(evaluation.level).toBe('NOTIFY');
    expect(evaluation.detail['imminent']).toBe(false);
  });

  it('branches 3 and 4 carry [PROJECT RULE]; F-R3 does not fire when Part 2 is not live', () => {
    expect(run({ ...GIRL_UNSTATED, otherIndicators: ['travel-clinic'] }).firings[0]).toMatchObject({
      clause: '3',
      level: 'DISCUSS',
      status: 'project-rule',
    });
    expect(run(AT_RISK).firings[0]).toMatchObject({ clause: '4', level: 'NOTIFY', status: 'project-rule' });
    expect(run(GIRL_UNSTATED).firedRules).toEqual([]);
  });

  it('hidden F7/F8 count as empty: a girl with knownFgm is not scored on them', () => {
    const answers = {
      ...DISCLOSED,
      significantIndicators: ['asks-for-help' as const],
      otherIndicators: ['travel-clinic' as const],
    };
    expect(run(answers).firedRules).toEqual(['F-R1']);
  });

  it('notifyYoung counts the patient and listed girls: HV and SN together', () => {
    const answers = {
      ...AT_RISK,
      hasGirlsInFamily: 'yes' as const,
      girlsInFamily: [girl('Baby Sister', '2024-01-01', 'sister', 'no')],
    };
    expect(run(answers).actions).toEqual(expect.arrayContaining(['NOTIFY_GP', 'NOTIFY_HV', 'NOTIFY_SN']));
  });

  it('an adult with girls but without FGM (e.g. a father) is asked Part 2; familyHistory needs F8', () => {
    const father = fgmContext('1980-01-01', '2025-04-10T10:00:00+01:00', { sex: 'male' });
    const answers = {
      ...WOMAN_UNSTATED,
      hasGirlsInFamily: 'yes' as const,
      girlsInFamily: [girl('Daughter Example', '2015-01-01', 'daughter', 'no')],
      otherIndicators: ['mother-had-fgm' as const],
    };
    const evaluation = run(answers, father);
    expect(evaluation.shown.has('hasBeenCut')).toBe(false);
    expect(evaluation.level).toBe('NOTIFY');
    expect(evaluation.detail['fgmIs']).toMatchObject({ add: [{ girl: 0, basis: 'mother-had-fgm' }] });
  });
});

describe('F-R4, F-R5 adult woman', () => {
  const CUT = { ...WOMAN_UNSTATED, hasBeenCut: 'yes' as const, fgmType: 'type-2' as const };

  it('F-R4: a woman cut as a child makes no police report; an unborn girl is assessed by maternity', () => {
    const evaluation = run({ ...CUT, pregnant: 'yes', unbornSex: 'female' }, WOMAN);
    expect(evaluation.actions).toEqual(
      expect.arrayContaining(['MATERNITY_SAFEGUARDING_NOTIFY', 'NOTIFY_GP']),
    );
    expect(evaluation.actions).not.toContain('POLICE_101_FGM_REPORT');
    expect(evaluation.reasons.some((r) => /add the FGM-IS indicator after birth/.test(r))).toBe(true);
    expect(evaluation.detail['fgmIs']).toMatchObject({ unbornGirl: true });
    // F-R3 reads her FGM as family history for the unborn girl.
    expect(evaluation.firings.find((f) => f.rule === 'F-R3')?.clause).toBe('4');
  });

  it('F-R4: a baby known to be a boy is not at risk', () => {
    const evaluation = run({ ...CUT, pregnant: 'yes', unbornSex: 'male' }, WOMAN);
    expect(evaluation.detail['fgmIs']).toMatchObject({ unbornGirl: false });
    expect(evaluation.firedRules).toEqual(['F-R4']);
  });

  it('F-R5: vulnerable adult → ADULT_SAFEGUARDING_CONSIDER; pregnancy → MASH; no girls → no police', () => {
    const evaluation = run(
      { ...CUT, pregnant: 'yes', unbornSex: 'male', partOneIndicators: ['vulnerable-adult'] },
      WOMAN,
    );
    expect(evaluation.level).toBe('REFER');
    expect(evaluation.actions).toEqual(
      expect.arrayContaining(['ADULT_SAFEGUARDING_CONSIDER', 'MASH_REFERRAL']),
    );
    expect(evaluation.actions).not.toContain('POLICE_NOTIFY');
  });

  it('F-R5: a daughter row with hadFgm = yes counts as daughter-had-fgm (any age)', () => {
    const answers = {
      ...CUT,
      hasGirlsInFamily: 'yes' as const,
      girlsInFamily: [girl('Grown Daughter', '2000-01-01', 'daughter', 'yes')],
    };
    const evaluation = run(answers, WOMAN);
    expect(evaluation.firings.find((f) => f.rule === 'F-R5')?.actions).toEqual(
      expect.arrayContaining(['MASH_REFERRAL', 'POLICE_NOTIFY', 'INFORM_SAFEGUARDING_LEAD']),
    );
  });

  it('F-R5: reinfibulation is unlawful and must not be done', () => {
    const evaluation = run({ ...CUT, partOneIndicators: ['requests-reinfibulation'] }, WOMAN);
    expect(evaluation.reasons.some((r) => /against the law and must not be done/.test(r))).toBe(true);
  });
});

describe('F-R6 and the FGM-IS list', () => {
  it('F-R6 states NO_CONCERN with no actions', () => {
    const evaluation = run({ ...GIRL_UNSTATED, fgmIsIndicatorFound: 'yes' });
    expect(evaluation.firings).toEqual([
      expect.objectContaining({ rule: 'F-R6', level: 'NO_CONCERN', actions: [] }),
    ]);
    expect(evaluation.level).toBe('NO_CONCERN');
  });

  it('one sentence per girl added; a girl with no NHS number stays in add and is to be verified', () => {
    const answers = {
      ...GIRL_UNSTATED,
      significantIndicators: ['sister-had-fgm' as const],
      hasGirlsInFamily: 'yes' as const,
      girlsInFamily: [
        girl('Verified Sister', '2013-01-01', 'sister', 'no', { nhsNumber: '9434765919' }),
        girl('Unverified Sister', '2016-01-01', 'sister', 'no'),
        girl('Cousin Example', '2014-01-01', 'other-girl', 'no'),
      ],
    };
    const evaluation = run(answers);
    expect(evaluation.detail['fgmIs']).toMatchObject({
      add: [
        { girl: 'patient', basis: 'sister-had-fgm', nhsNumber: null },
        { girl: 0, basis: 'sister-had-fgm', nhsNumber: '9434765919' },
        { girl: 1, basis: 'sister-had-fgm', nhsNumber: null },
      ],
      notAdded: [{ girl: 2, why: 'check-family-history' }],
    });
    const sentences = evaluation.reasons.filter((r) => r.startsWith('Add the FGM-IS'));
    expect(sentences).toHaveLength(3);
    expect(sentences[2]).toMatch(/Unverified Sister.*NHS number must be verified/);
  });

  it('SAFER READING: with no F-R3 branch, a non-empty FGM-IS list still adds the action (F-R3 at NOTIFY)', () => {
    const answers = {
      ...GIRL_UNSTATED,
      hasGirlsInFamily: 'yes' as const,
      girlsInFamily: [girl('Adult Sister', '2000-01-01', 'sister', 'yes')],
    };
    const evaluation = run(answers);
    expect(evaluation.detail['fgmIs']).toMatchObject({ add: [{ girl: 'patient', basis: 'sister-had-fgm' }] });
    expect(evaluation.firings).toEqual([
      expect.objectContaining({ rule: 'F-R3', level: 'NOTIFY', actions: ['FGM_IS_ADD_INDICATOR'] }),
    ]);
  });
});
