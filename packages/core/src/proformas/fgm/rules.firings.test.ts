import { describe, expect, it } from 'vitest';
import { fgmContext, girl, GIRL_UNSTATED, person, WOMAN_UNSTATED } from './fixtures-builder.ts';
import { DISCLOSED, GIRL_11, run, WOMAN } from './testing.ts';

// fgm.md "Rules": each firing's own level, actions and wording (the outcome lists every firing),
// beyond the worked examples.

const of = (evaluation: ReturnType<typeof run>, rule: string) =>
  evaluation.firings.filter((f) => f.rule === rule && !f.reason.startsWith('Add the FGM-IS'));
const CUT = { ...WOMAN_UNSTATED, hasBeenCut: 'yes' as const, fgmType: 'type-2' as const };
const MASH_NOW =
  ' Phone the MASH now (the emergency duty team out of hours) about her girls or her pregnancy.';

describe('F-R4 adult woman with FGM: NOTIFY firings', () => {
  it('F-R4: the GP, and no police report even if she was cut as a child', () => {
    expect(of(run(CUT, WOMAN), 'F-R4')).toEqual([
      {
        rule: 'F-R4',
        level: 'NOTIFY',
        actions: ['NOTIFY_GP'],
        reason:
          'She is a woman aged 18 or over who has had FGM: tell her GP and record the type. There is no police report for an adult, even if she was cut as a child.',
      },
    ]);
  });

  it('F-R4: pregnant with a boy, maternity is told; with a baby who may be a girl, maternity also assesses her', () => {
    const boy = of(run({ ...CUT, pregnant: 'yes', unbornSex: 'male' }, WOMAN), 'F-R4')[1];
    expect(boy).toEqual({
      rule: 'F-R4',
      level: 'NOTIFY',
      actions: ['MATERNITY_SAFEGUARDING_NOTIFY'],
      reason: 'She is pregnant: tell the maternity safeguarding team.',
    });
    const maybeGirl = of(run({ ...CUT, pregnant: 'yes', unbornSex: 'not-known' }, WOMAN), 'F-R4')[1];
    expect(maybeGirl?.reason).toBe(
      'She is pregnant: tell the maternity safeguarding team. Ask maternity to assess the baby and, if the baby is a girl, to add the FGM-IS indicator after birth.',
    );
  });

  it('F-R4: support accepted is a specialist referral; declined is not', () => {
    expect(of(run({ ...CUT, specialistSupportOffer: 'accepted' }, WOMAN), 'F-R4')[1]).toEqual({
      rule: 'F-R4',
      level: 'NOTIFY',
      actions: ['FGM_SPECIALIST_REFERRAL'],
      reason: 'She accepted support: refer her to an FGM clinic or specialist service.',
    });
    expect(run({ ...CUT, specialistSupportOffer: 'declined' }, WOMAN).actions).not.toContain(
      'FGM_SPECIALIST_REFERRAL',
    );
  });
});

describe('F-R5 Part 1 significant indicators: REFER firings', () => {
  it('F-R5: none ticked and no daughter with FGM: F-R5 does not fire', () => {
    expect(run(CUT, WOMAN).firedRules).not.toContain('F-R5');
  });

  it('F-R5: vulnerable adult alone, no girls, not pregnant: the lead only (no MASH, no police), and adult safeguarding', () => {
    expect(of(run({ ...CUT, partOneIndicators: ['vulnerable-adult'] }, WOMAN), 'F-R5')).toEqual([
      {
        rule: 'F-R5',
        level: 'REFER',
        actions: ['INFORM_SAFEGUARDING_LEAD'],
        reason:
          'Significant signs for her family: she has care and support needs and is at risk. Tell the safeguarding lead.',
      },
      {
        rule: 'F-R5',
        level: 'REFER',
        actions: ['ADULT_SAFEGUARDING_CONSIDER'],
        reason: 'She has care and support needs and is at risk: consider an adult safeguarding concern.',
      },
    ]);
  });

  it('F-R5: known to social care is a MASH referral, without the police', () => {
    const [main] = of(run({ ...CUT, partOneIndicators: ['known-to-social-care'] }, WOMAN), 'F-R5');
    expect(main?.actions).toEqual(['INFORM_SAFEGUARDING_LEAD', 'MASH_REFERRAL']);
    expect(main?.reason).toBe(
      `Significant signs for her family: the family is already known to children's social care. Tell the safeguarding lead.${MASH_NOW}`,
    );
  });

  it('F-R5: a daughter who had FGM (ticked) is the MASH and the police today; signs are joined with semicolons', () => {
    const answers = {
      ...CUT,
      partOneIndicators: ['daughter-had-fgm' as const, 'requests-reinfibulation' as const],
    };
    const fired = of(run(answers, WOMAN), 'F-R5');
    expect(fired[0]).toEqual({
      rule: 'F-R5',
      level: 'REFER',
      actions: ['INFORM_SAFEGUARDING_LEAD', 'MASH_REFERRAL', 'POLICE_NOTIFY'],
      reason: `Significant signs for her family: a daughter has had FGM; she asks to be closed again. Tell the safeguarding lead.${MASH_NOW} Tell the police today.`,
    });
    expect(fired[1]).toEqual({
      rule: 'F-R5',
      level: 'REFER',
      actions: ['FGM_SPECIALIST_REFERRAL'],
      reason:
        'She asks to be closed again (reinfibulation): this is against the law and must not be done. Refer her to an FGM clinic or specialist service.',
    });
  });

  it('F-R5: a sister row with FGM is not a daughter; listed girls or a pregnancy make it a MASH referral', () => {
    const sister = {
      ...CUT,
      partOneIndicators: ['vulnerable-adult' as const],
      hasGirlsInFamily: 'yes' as const,
      girlsInFamily: [girl('Younger Sister', '2012-01-01', 'sister', 'yes')],
    };
    expect(of(run(sister, WOMAN), 'F-R5')[0]?.actions).toEqual(['INFORM_SAFEGUARDING_LEAD', 'MASH_REFERRAL']);
    const pregnant = {
      ...CUT,
      partOneIndicators: ['vulnerable-adult' as const],
      pregnant: 'yes' as const,
      unbornSex: 'male' as const,
    };
    expect(of(run(pregnant, WOMAN), 'F-R5')[0]?.actions).toEqual([
      'INFORM_SAFEGUARDING_LEAD',
      'MASH_REFERRAL',
    ]);
  });
});

describe('F-R3 and F-R6: the Part 2 firings', () => {
  const AT_RISK = { ...GIRL_UNSTATED, otherIndicators: ['mother-had-fgm' as const] };

  it('F-R3 branch 1 by date: the reason gives the days and the setting; 999, the MASH, the lead, the GP, the school nurse', () => {
    const answers = { ...AT_RISK, travelOrProcedurePlanned: 'yes' as const, plannedDate: '2025-06-16' };
    const [branch] = of(run(answers, GIRL_11), 'F-R3');
    expect(branch).toMatchObject({
      level: 'EMERGENCY',
      clause: '1',
      actions: ['POLICE_999', 'MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_SN'],
    });
    expect(branch?.reason).toBe(
      'FGM may be about to happen: travel abroad or a procedure is planned within 14 days (in 10 days). Call 999 now and keep the girl or girls safe, then refer. The police or the local authority can seek an FGM Protection Order.',
    );
  });

  it('F-R3 branch 1 on the day of travel (0 days) is imminent; a date already past is not', () => {
    const travel = (plannedDate: string) => ({
      ...AT_RISK,
      travelOrProcedurePlanned: 'yes' as const,
      plannedDate,
    });
    expect(run(travel('2025-06-06'), GIRL_11).level).toBe('EMERGENCY');
    const past = run(travel('2025-06-05'), GIRL_11);
    expect(past.detail).toMatchObject({ imminent: false, daysToPlanned: -1 });
    expect(past.level).toBe('NOTIFY');
  });

  it('F-R3 branch 1 by a cutter: the reason names the cutter', () => {
    const [branch] = of(run({ ...AT_RISK, cutterOrImminentSign: 'yes' }, GIRL_11), 'F-R3');
    expect(branch?.reason).toMatch(
      /^FGM may be about to happen: a "cutter" is visiting or expected, or there is another clear sign that FGM is about to be done\. Call 999 now/,
    );
  });

  it('F-R3 branch 2: REFER with the MASH and the police, from F7 or from a girl in the family with FGM', () => {
    const f7 = of(run({ ...GIRL_UNSTATED, significantIndicators: ['asks-for-help'] }, GIRL_11), 'F-R3')[0];
    expect(f7).toEqual({
      rule: 'F-R3',
      level: 'REFER',
      clause: '2',
      actions: ['MASH_REFERRAL', 'POLICE_NOTIFY', 'INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_SN'],
      reason:
        'A girl in this family is at risk of FGM: significant signs are ticked in F7. Phone the MASH now (the emergency duty team out of hours), tell the police today, and do not discharge until a plan is agreed.',
    });
    const sister = {
      ...AT_RISK,
      hasGirlsInFamily: 'yes' as const,
      girlsInFamily: [girl('Older Sister', '2010-01-01', 'sister', 'yes')],
    };
    expect(of(run(sister, GIRL_11), 'F-R3')[0]?.reason).toMatch(
      /^A girl in this family is at risk of FGM: a girl in the family has had FGM \(F11b\)\./,
    );
  });

  it('F-R3 branches 3 and 4: the lead for other signs; the GP and school nurse alone for family history', () => {
    const three = of(
      run({ ...GIRL_UNSTATED, otherIndicators: ['mother-had-fgm', 'travel-clinic'] }, GIRL_11),
      'F-R3',
    )[0];
    expect(three).toMatchObject({ actions: ['INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_SN'] });
    expect(three?.reason).toBe(
      'There are other signs that a girl in this family may be at risk of FGM (F8): discuss with the safeguarding lead before discharge, and record the decision and why.',
    );
    const four = of(run(AT_RISK, GIRL_11), 'F-R3')[0];
    expect(four).toMatchObject({ actions: ['NOTIFY_GP', 'NOTIFY_SN'] });
    expect(four?.reason).toBe(
      'There is a family history of FGM, with no other sign of risk: tell the GP, and the health visitor or school nurse, so the girls can be supported.',
    );
  });

  it('notifyYoung at the health-visitor boundary: a girl of 4 is the health visitor, of 5 the school nurse', () => {
    const aged = (dateOfBirth: string) => fgmContext(dateOfBirth, '2025-06-06T10:00:00+01:00');
    const four = run(AT_RISK, aged('2020-06-07')).actions;
    expect(four).toContain('NOTIFY_HV');
    expect(four).not.toContain('NOTIFY_SN');
    const five = run(AT_RISK, aged('2020-06-06')).actions;
    expect(five).toContain('NOTIFY_SN');
    expect(five).not.toContain('NOTIFY_HV');
  });

  it('F-R6: NO_CONCERN and no actions; it prompts about the mother and sisters', () => {
    expect(of(run({ ...AT_RISK, fgmIsIndicatorFound: 'yes' }, GIRL_11), 'F-R6')).toEqual([
      {
        rule: 'F-R6',
        level: 'NO_CONCERN',
        actions: [],
        reason:
          'The national FGM-IS record already shows a family-history indicator for her, so she is not added again. Ask about her mother and her sisters (Part 2).',
      },
    ]);
  });
});

describe('F-R1 and F-R2: the wording of the duty', () => {
  it('F-R1: told and seen, both in the reason; the duty sentence when a report is required', () => {
    const evaluation = run({
      ...DISCLOSED,
      signsObserved: 'yes',
      signsObservedDetail: 'Seen at catheterisation.',
      identifiedBy: [person('Jo Synthetic', 'staff nurse', 'nmc', 'both')],
    });
    const [main] = of(evaluation, 'F-R1');
    expect(main).toMatchObject({
      level: 'REFER',
      clause: 'a',
      actions: [
        'MASH_REFERRAL',
        'INFORM_SAFEGUARDING_LEAD',
        'FGM_SPECIALIST_REFERRAL',
        'POLICE_101_FGM_REPORT',
      ],
    });
    expect(main?.reason).toMatch(
      /^She is under 18 and she told staff that FGM was done to her and staff saw signs of FGM during her care\. FGM is a crime and child abuse: .* Each regulated professional who heard her or saw the signs must report it to the police on 101 personally;/,
    );
  });

  it('F-R1: everyone reported by a colleague, the main firing has no clause and no 101 report; the line gives the reference', () => {
    const row = person('Jo Synthetic', 'staff nurse', 'nmc', 'heard', {
      reportedByColleague: 'yes',
      policeReferenceNumber: 'SYN-2',
    });
    const fired = of(run({ ...DISCLOSED, identifiedBy: [row] }), 'F-R1');
    expect(fired[0]?.clause).toBeUndefined();
    expect(fired[0]?.actions).toEqual([
      'MASH_REFERRAL',
      'INFORM_SAFEGUARDING_LEAD',
      'FGM_SPECIALIST_REFERRAL',
    ]);
    expect(fired[0]?.reason).toMatch(
      / Everyone with the duty has recorded that a colleague of their own profession has already reported this FGM\.$/,
    );
    expect(fired[1]).toEqual({
      rule: 'F-R1',
      level: 'REFER',
      actions: [],
      reason:
        'Jo Synthetic makes no report of their own: someone of their profession has already reported this FGM (police reference SYN-2).',
    });
  });

  it('F-R1 (a): with F15d empty, the ask is its own REFER firing holding the 101 report', () => {
    const ask = of(run(DISCLOSED), 'F-R1').find((f) => f.reason.startsWith('Record in F15d'));
    expect(ask).toEqual({
      rule: 'F-R1',
      level: 'REFER',
      actions: ['POLICE_101_FGM_REPORT'],
      clause: 'a',
      reason:
        'Record in F15d each member of staff who heard her or saw the signs: each regulated professional among them must ring 101 personally.',
    });
  });

  it('F-R2 (b): a listed girl with FGM is named; a girl with no name yet is "girl n in F11b"', () => {
    const answers = {
      ...GIRL_UNSTATED,
      hasGirlsInFamily: 'yes' as const,
      girlsInFamily: [
        girl('Older Sister', '2010-01-01', 'sister', 'no'),
        { ...girl('', '2012-01-01', 'sister', 'yes'), name: undefined },
      ],
    };
    const fired = of(run(answers, GIRL_11), 'F-R2');
    expect(fired).toEqual([
      {
        rule: 'F-R2',
        level: 'REFER',
        actions: ['MASH_REFERRAL', 'POLICE_NOTIFY', 'INFORM_SAFEGUARDING_LEAD'],
        clause: 'b',
        reason:
          'girl 2 in F11b is known or said to have had FGM: phone the MASH now and tell the police today. The police-report duty (s5B) does not apply, as she was not seen here; no FGM-IS indicator for her.',
      },
    ]);
  });

  it('F-R2 (a): a third-party account alone, REFER with the MASH and the police under local procedures', () => {
    const fired = of(
      run({ ...GIRL_UNSTATED, thirdPartyReport: 'yes', thirdPartySource: 'relative' }, GIRL_11),
      'F-R2',
    );
    expect(fired).toEqual([
      {
        rule: 'F-R2',
        level: 'REFER',
        actions: ['MASH_REFERRAL', 'POLICE_NOTIFY', 'INFORM_SAFEGUARDING_LEAD'],
        clause: 'a',
        reason:
          'Someone other than the girl told staff that she has had FGM; she has not told staff herself and no signs were seen, so the police-report duty (s5B) does not apply. Follow local safeguarding: phone the MASH now and tell the police today. No FGM-IS indicator for her, as she is said to have had FGM.',
      },
    ]);
  });
});
