import { describe, expect, it } from 'vitest';
import { girl, person, WOMAN_UNSTATED } from './fixtures-builder.ts';
import { clauses, DISCLOSED, run, WOMAN } from './testing.ts';

// Targeted clause tests of fgm.md "F-R1" and "F-R2" beyond the worked examples.
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
