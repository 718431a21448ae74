import { describe, expect, it } from 'vitest';
import type { AttendanceRecord } from '../../model/context.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { frequentAttender } from './definition.ts';
import { discussed, faContext, reviewed, visit, X, Y } from './fixtures-builder.ts';
import type { FrequentAttenderAnswers } from './schema.ts';

// frequent-attender.md "Rules": each firing's own level, actions and wording, with the counts at
// each threshold and one below (FA0–FA3 are [PROJECT RULE]s).

type Answers = Partial<FrequentAttenderAnswers>;
const run = (
  records: AttendanceRecord[] | undefined,
  answers: Answers = {},
  dob = '2015-01-01',
  encounter: EncounterInputs = {},
  extra: Parameters<typeof faContext>[3] = {},
) => evaluateProforma(frequentAttender, answers, faContext(dob, 'female', records, extra), encounter);
const of = (e: ReturnType<typeof run>, rule: string) => e.firings.filter((f) => f.rule === rule);
const visits = (n: number, where = X) =>
  Array.from({ length: n }, (_, i) => visit(`v${i}`, -300 + i * 20, where));
const frequent: Answers = { todayReasons: ['illness'], knownToSocialCare: 'no', ...reviewed(), ...discussed };
const UNDER_5 = '2021-01-01';

describe('FA0–FA3: one level firing, at each count threshold', () => {
  it('FA0 at 2 visits (1 before today): NO_CONCERN, no actions', () => {
    expect(of(run(visits(1)), 'FA0')).toEqual([
      {
        rule: 'FA0',
        level: 'NO_CONCERN',
        actions: [],
        status: 'project-rule',
        reason:
          'Not a repeat attender: 2 unplanned urgent-care visits in the last 12 months, counting today.',
      },
    ]);
  });

  it('FA1 at 3 visits: NOTIFY the GP and the school nurse (5 and over) or the health visitor (under 5)', () => {
    expect(of(run(visits(2), reviewed()), 'FA1')).toEqual([
      {
        rule: 'FA1',
        level: 'NOTIFY',
        actions: ['NOTIFY_GP', 'NOTIFY_SN'],
        status: 'project-rule',
        reason:
          'A repeat attender: 3 unplanned urgent-care visits in the last 12 months, counting today. Read through the earlier visits, and tell the GP and the school nurse about the pattern.',
      },
    ]);
    const young = of(run(visits(2), reviewed(), UNDER_5), 'FA1')[0];
    expect(young?.actions).toEqual(['NOTIFY_GP', 'NOTIFY_HV']);
    expect(young?.reason).toMatch(/tell the GP and the health visitor about the pattern\.$/);
    expect(of(run(visits(2), reviewed(), '2020-03-12'), 'FA1')[0]?.actions).toEqual([
      'NOTIFY_GP',
      'NOTIFY_SN',
    ]);
  });

  it('FA2 at 4 visits with no escalator: DISCUSS, the lead by the next working day, the flag, GP and school nurse', () => {
    expect(of(run(visits(3), frequent), 'FA2')).toEqual([
      {
        rule: 'FA2',
        level: 'DISCUSS',
        actions: ['INFORM_SAFEGUARDING_LEAD', 'FA_FLAG', 'NOTIFY_GP', 'NOTIFY_SN'],
        status: 'project-rule',
        reason:
          'A frequent attender: 4 unplanned urgent-care visits in the last 12 months, counting today. Tell the safeguarding lead by the end of the next working day (Thursday 13 March 2025).',
      },
    ]);
  });

  it('FA3: DISCUSS before the child leaves, with CONSIDER_MASH; each escalator its own DISCUSS firing', () => {
    const fired = of(run(visits(3), { ...frequent, knownToSocialCare: 'yes' }), 'FA3');
    expect(fired[0]).toEqual({
      rule: 'FA3',
      level: 'DISCUSS',
      actions: ['CONSIDER_MASH', 'INFORM_SAFEGUARDING_LEAD', 'FA_FLAG', 'NOTIFY_GP', 'NOTIFY_SN'],
      status: 'project-rule',
      reason:
        'A frequent attender with a reason to escalate: 4 unplanned urgent-care visits in the last 12 months, counting today. Discuss with the safeguarding lead before this child leaves; the lead decides about a MASH referral and records why.',
    });
    expect(fired.slice(1).map((f) => [f.level, f.actions, f.status])).toEqual([
      ['DISCUSS', ['CPIS_INFORM_SOCIAL_WORKER'], 'project-rule'],
    ]);
  });

  it('escalators at their thresholds: 4 in 6 months (3 is not); 2 providers (1 is not)', () => {
    const recent = [visit('a', -300), visit('b', -150), visit('c', -100)];
    expect(run(recent, frequent).detail['faLevel']).toBe('FA2');
    const four = [visit('a', -170), visit('b', -150), visit('c', -100)];
    expect(run(four, frequent).detail).toMatchObject({ faLevel: 'FA3', n6: 4 });
    const twoProviders = [visit('a', -300), visit('b', -250), visit('c', -200, Y)];
    const two = run(twoProviders, frequent);
    expect(two.detail).toMatchObject({ faLevel: 'FA3', providers12: 2 });
    expect(two.reasons).toContain('Visits to 2 different providers in the last 12 months.');
  });

  it('today not counted: the count says why (a planned follow-up)', () => {
    const planned = run(visits(2), reviewed(), '2015-01-01', {}, { category: 'planned-follow-up' });
    expect(of(planned, 'FA0')[0]?.reason).toBe(
      'Not a repeat attender: 2 unplanned urgent-care visits in the last 12 months, not counting today, which is a planned follow-up.',
    );
  });

  it('a history not checked reads "at least", for visits and for providers', () => {
    const rows = [
      {
        date: '2024-10-01',
        providerName: 'Wyeford Urgent Treatment Centre',
        category: 'unplanned' as const,
        safeguardingConcernRecorded: 'no' as const,
        source: 'self-report' as const,
      },
      {
        date: '2024-11-01',
        providerName: 'Zedtown Walk-in Centre',
        category: 'unplanned' as const,
        safeguardingConcernRecorded: 'no' as const,
        source: 'self-report' as const,
      },
      {
        date: '2025-01-01',
        providerName: 'Zedtown Walk-in Centre',
        category: 'unplanned' as const,
        safeguardingConcernRecorded: 'no' as const,
        source: 'self-report' as const,
      },
    ];
    const unchecked = run(undefined, {
      ...frequent,
      historyCheckActions: ['asked-family'],
      historyCheckNote: 'No registry reply (synthetic).',
      otherAttendances: rows,
    });
    expect(unchecked.detail['faLevel']).toBe('FA3');
    expect(unchecked.reasons).toContain('Visits to at least 3 different providers in the last 12 months.');
    expect(unchecked.reasons[0]).toMatch(
      /^A frequent attender with a reason to escalate: at least 4 unplanned urgent-care visits/,
    );
  });

  it('FA-U: NOTIFY the GP to review the visits', () => {
    expect(of(run(undefined), 'FA-U')).toEqual([
      {
        rule: 'FA-U',
        level: 'NOTIFY',
        actions: ['NOTIFY_GP'],
        status: 'project-rule',
        reason:
          'The attendance history could not be checked, so earlier visits may be missing. The counts include only today and the visits the clinician found or was told about. Ask the GP to review the child’s urgent-care visits.',
      },
    ]);
  });
});

describe('FA-P and FA-J', () => {
  it('FA-P: DISCUSS with the lead, the GP and the health visitor or school nurse; (b) inconsistent explanations', () => {
    const fired = of(run(visits(2), reviewed({ attendanceExplanation: 'inconsistent' }), UNDER_5), 'FA-P');
    expect(fired).toEqual([
      {
        rule: 'FA-P',
        level: 'DISCUSS',
        actions: ['INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_HV'],
        clause: 'b',
        status: 'project-rule',
        reason:
          'The explanations for the visits change or do not fit. Discuss with the safeguarding lead before this child leaves.',
      },
    ]);
  });

  it('FA-P (a): each feature of concern in words; "none" and other features are not', () => {
    const fired = of(
      run(visits(2), reviewed({ patternFeatures: ['similar-injuries', 'left-before-seen'] })),
      'FA-P',
    );
    expect(fired[0]?.reason).toBe(
      'The earlier visits show similar injuries more than once and leaving before being seen. Discuss with the safeguarding lead before this child leaves.',
    );
    expect(of(run(visits(2), reviewed({ patternFeatures: ['none'] })), 'FA-P')).toEqual([]);
  });

  it('FA-J: each decision with its wording and level', () => {
    const reasonOf = (reviewDecision: FrequentAttenderAnswers['reviewDecision']) =>
      of(run(visits(2), reviewed({ reviewDecision })), 'FA-J')[0];
    expect(reasonOf('concern-discuss')).toMatchObject({
      level: 'DISCUSS',
      status: 'project-rule',
      reason:
        'The clinician is worried about the pattern of visits: discuss with the safeguarding lead before this child leaves.',
    });
    expect(reasonOf('concern-refer')).toMatchObject({
      level: 'REFER',
      status: 'project-rule',
      reason:
        'The clinician judges that the child may be suffering, or likely to suffer, significant harm. Phone now: the MASH in working hours, the emergency duty team out of hours. Do not discharge until they agree a plan; the written referral follows.',
    });
    expect(reasonOf('inform-social-worker')).toMatchObject({
      level: 'NOTIFY',
      status: 'project-rule',
      reason: 'The clinician decided to tell the child’s allocated social worker about this visit.',
    });
  });
});

describe('frequent-attender.md "Derived values": boundaries', () => {
  it('repeatAttender at 3 and frequentAttender at 4 (one below each: FA0, FA1)', () => {
    expect(run(visits(1)).detail['faLevel']).toBe('FA0');
    expect(run(visits(2), reviewed()).detail['faLevel']).toBe('FA1');
    expect(run(visits(3), frequent).detail['faLevel']).toBe('FA2');
  });

  it('leadBeforeLeaving and leadByNextWorkingDay: FA2 alone is next working day; FA3 or FA-P is before leaving', () => {
    expect(run(visits(3), frequent).derived).toMatchObject({
      leadBeforeLeaving: false,
      leadByNextWorkingDay: true,
    });
    expect(run(visits(3), { ...frequent, knownToSocialCare: 'yes' }).derived).toMatchObject({
      leadBeforeLeaving: true,
      leadByNextWorkingDay: false,
    });
    expect(run(visits(2), reviewed({ attendanceExplanation: 'none-given' })).derived).toMatchObject({
      leadBeforeLeaving: true,
      leadByNextWorkingDay: false,
    });
    expect(run(visits(2), reviewed()).derived).toMatchObject({
      leadBeforeLeaving: false,
      leadByNextWorkingDay: false,
    });
  });

  it('headInjuryAsked under 5 with an earlier injury or assault visit (4 yes, 5 no; assault counts)', () => {
    const assault = [visit('a', -40, Y, { reasons: ['assault'] })];
    expect(run(assault, {}, '2020-03-13').derived['headInjuryAsked']).toBe(true);
    expect(run(assault, {}, '2020-03-12').derived['headInjuryAsked']).toBe(false);
    expect(
      run([visit('a', -40, Y, { reasons: ['illness'] })], {}, '2020-03-13').derived['headInjuryAsked'],
    ).toBe(false);
  });

  it('a head injury today recorded by the triage counts for FA-P (d)', () => {
    const injury = [visit('a', -40, Y, { reasons: ['injury'] })];
    const encounter = { otherAnswers: { 'paediatric-triage': { injuryTypes: ['head-injury'] } } };
    expect(run(injury, {}, '2021-09-01', encounter).derived['repeatHeadInjuryYoung']).toBe(true);
  });

  it('familyReportedMore: the triage A9 count above the earlier counted visits, never below 0', () => {
    const withA9 = (a9: number) => ({
      otherAnswers: { 'paediatric-triage': { previousAttendances12m: a9 } },
    });
    const records = visits(2);
    const more = run(records, reviewed(), '2015-01-01', withA9(5)).derived['familyReportedMore'];
    const fewer = run(records, reviewed(), '2015-01-01', withA9(1)).derived['familyReportedMore'];
    expect([more, fewer]).toEqual([3, 0]);
  });
});
