import { describe, expect, it } from 'vitest';
import { fgmContext, girl, GIRL_UNSTATED, WOMAN_UNSTATED } from './fixtures-builder.ts';
import { DISCLOSED, run, WOMAN } from './testing.ts';

// Targeted clause tests of fgm.md "F-R3" to "F-R6" and the FGM-IS list beyond the worked examples.
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
