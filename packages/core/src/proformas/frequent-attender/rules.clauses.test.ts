import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/assess.ts';
import { assessEncounter } from '../../engine/assessEncounter.ts';
import type { AttendanceRecord } from '../../model/context.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { frequentAttender } from './definition.ts';
import { discussed, faContext, reviewed, visit, X, Y } from './fixtures-builder.ts';
import type { FrequentAttenderAnswers } from './schema.ts';

// Targeted clauses of frequent-attender.md "Rules": reasons, deadlines, escalators, FA-P clauses,
// FA-J, and what assessEncounter reads from the triage.

type Answers = Partial<FrequentAttenderAnswers>;
const run = (
  records: AttendanceRecord[] | undefined,
  answers: Answers = {},
  dob = '2015-01-01',
  encounter: EncounterInputs = {},
  extra: Parameters<typeof faContext>[3] = {},
) => evaluateProforma(frequentAttender, answers, faContext(dob, 'female', records, extra), encounter);
const three = [visit('a', -300), visit('b', -200), visit('c', -100)];
const frequent: Answers = { todayReasons: ['illness'], knownToSocialCare: 'no', ...reviewed(), ...discussed };

describe('FA-U — history not checked', () => {
  it('gives the spec’s reason word for word and NOTIFY_GP; an empty registry reply is not FA-U', () => {
    const unchecked = run(undefined);
    expect(unchecked.firedRules).toEqual(['FA0', 'FA-U']);
    expect(unchecked.level).toBe('NOTIFY');
    expect(unchecked.actions).toEqual(['NOTIFY_GP']);
    expect(unchecked.reasons[1]).toContain(
      'The attendance history could not be checked, so earlier visits may be missing. The counts include only today and the visits the clinician found or was told about.',
    );
    expect(unchecked.firings.every((f) => f.status === 'project-rule')).toBe(true);
    expect(run([]).firedRules).toEqual(['FA0']);
  });

  it('counts read "at least" when the history could not be checked', () => {
    expect(run(undefined).reasons[0]).toBe(
      'Not a repeat attender: at least 1 unplanned urgent-care visit in the last 12 months, counting today.',
    );
  });
});

describe('FA2 — the lead deadline (Precedence and deadlines)', () => {
  it('is the end of the next working day, skipping weekends and the site’s bank holidays', () => {
    expect(run(three, frequent).reasons[0]).toContain(
      'Tell the safeguarding lead by the end of the next working day (Thursday 13 March 2025).',
    );
    const holiday = run(
      three,
      frequent,
      '2015-01-01',
      {},
      { config: { bankHolidays: ['2025-03-13', '2025-03-14'] } },
    );
    expect(holiday.reasons[0]).toContain('(Monday 17 March 2025)');
  });

  it('becomes “before this child leaves” when FA-P or a V10 concern also needs the lead', () => {
    const worried = run(three, { ...frequent, reviewDecision: 'concern-discuss' });
    expect(worried.firedRules).toEqual(['FA2', 'FA-J']);
    expect(worried.reasons[0]).toContain('Tell the safeguarding lead before this child leaves.');
  });
});

describe('FA3 — escalators', () => {
  it('names every escalator that held, one reason each; CPIS_INFORM_SOCIAL_WORKER only with socialCareFlag', () => {
    const records = [
      visit('a', -170, Y, { reasons: ['self-harm'] }),
      visit('b', -100, X, { category: 'planned-follow-up', safeguardingConcernRecorded: true }),
      visit('c', -90),
      visit('d', -10),
    ];
    const all = run(records, { ...frequent, knownToSocialCare: 'yes' });
    expect(all.firedRules).toEqual(['FA3']);
    expect(all.detail).toEqual({ faLevel: 'FA3', n12: 4, n6: 4, providers12: 2 });
    expect(all.reasons.slice(1)).toEqual([
      '4 unplanned urgent-care visits in the last 6 months.',
      'Visits to 2 different providers in the last 12 months.',
      'A safeguarding concern was recorded at an earlier visit: on Monday 2 December 2024 at Exampleton Minor Injury Unit.',
      expect.stringMatching(/^The child is known to children’s social care/),
      'Visits in this period were for self-harm.',
    ]);
    expect(all.actions).toContain('CPIS_INFORM_SOCIAL_WORKER');
    expect(run(records, frequent).actions).not.toContain('CPIS_INFORM_SOCIAL_WORKER');
  });

  it('escalators are read only at n12 ≥ faFrequentAttenderCount (a concern at n12 = 3 is FA1)', () => {
    const concern = [visit('a', -200, X, { safeguardingConcernRecorded: true }), visit('b', -100)];
    expect(run(concern, reviewed()).detail['faLevel']).toBe('FA1');
  });

  it('previousConcern reads only the long window', () => {
    const old = [visit('o', -365, X, { safeguardingConcernRecorded: true }), ...three];
    expect(run(old, frequent).detail['faLevel']).toBe('FA2');
  });

  it('today’s reasons escalate only when today is counted', () => {
    expect(run(three, { ...frequent, todayReasons: ['intoxication'] }).detail['faLevel']).toBe('FA3');
    const planned = [...three, visit('d', -50)];
    const today = run(
      planned,
      { ...frequent, todayReasons: ['intoxication'] },
      '2015-01-01',
      {},
      { category: 'planned-follow-up' },
    );
    expect(today.detail).toMatchObject({ faLevel: 'FA2', n12: 4 });
  });
});

describe('FA-P — pattern of concern, one reason per clause', () => {
  it('(c) names the visit the child left before being seen, as the spec’s example does', () => {
    const left = run([visit('a', -65, X, { leftBeforeSeen: true })], {
      reviewDecision: 'no-concern',
      decisionReason: 'x',
      ...discussed,
    });
    expect(left.firedRules).toEqual(['FA0', 'FA-P']);
    expect(left.firings.find((f) => f.rule === 'FA-P')).toMatchObject({
      clause: 'c',
      level: 'DISCUSS',
      status: 'project-rule',
    });
    expect(left.reasons[1]).toBe(
      'On Monday 6 January 2025 this child left Exampleton Minor Injury Unit before being seen. Discuss with the safeguarding lead before this child leaves.',
    );
  });

  it('(a) and (b) read V7 and V8 once shown, each with its own reason', () => {
    const pattern = run(
      three.slice(1),
      reviewed({
        patternFeatures: ['unexplained-injuries', 'late-night', 'missed-follow-up'],
        attendanceExplanation: 'none-given',
      }),
    );
    expect(pattern.firings.filter((f) => f.rule === 'FA-P').map((f) => f.clause)).toEqual(['a', 'b']);
    expect(pattern.reasons.slice(1, 3)).toEqual([
      'The earlier visits show injuries without a clear explanation and missed follow-up or GP appointments. Discuss with the safeguarding lead before this child leaves.',
      'No explanation was given for the number of visits. Discuss with the safeguarding lead before this child leaves.',
    ]);
    const hidden = run(
      [visit('a', -100)],
      reviewed({ patternFeatures: ['similar-injuries'], attendanceExplanation: 'inconsistent' }),
    );
    expect(hidden.firedRules).toEqual(['FA0']);
    expect(hidden.answers).toEqual({});
  });

  it('(d) needs an earlier counted injury or assault visit, age under 5 and a head injury today', () => {
    const injury = [visit('a', -40, Y, { reasons: ['injury'] })];
    const yes = run(injury, { headInjuryToday: 'yes' }, '2021-09-01');
    expect(yes.firings.find((f) => f.rule === 'FA-P')?.reason).toBe(
      'A child under 5 with a head injury today was brought to urgent care with an injury on Friday 31 January 2025. Discuss with the safeguarding lead before this child leaves.',
    );
    expect(run(injury, { headInjuryToday: 'no' }, '2021-09-01').firedRules).toEqual(['FA0']);
    const planned = [visit('a', -40, Y, { reasons: ['injury'], category: 'planned-follow-up' })];
    expect(run(planned, { headInjuryToday: 'yes' }, '2021-09-01').answers).toEqual({});
    expect(
      run(
        injury,
        { headInjuryToday: 'yes' },
        '2021-09-01',
        {},
        { config: { faRepeatHeadInjuryUnderYears: 3 } },
      ).firedRules,
    ).toEqual(['FA0']);
  });
});

describe('FA-J — the clinician’s decision raises, never lowers', () => {
  it.each([
    ['concern-discuss', 'DISCUSS', ['INFORM_SAFEGUARDING_LEAD']],
    ['concern-refer', 'REFER', ['MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD']],
    ['inform-social-worker', 'NOTIFY', ['CPIS_INFORM_SOCIAL_WORKER']],
  ] as const)('%s → %s', (decision, level, actions) => {
    const decided = run(three.slice(1), reviewed({ reviewDecision: decision }));
    const fj = decided.firings.filter((f) => f.rule === 'FA-J');
    expect(fj).toHaveLength(1);
    expect(fj[0]?.level).toBe(level);
    expect(fj[0]?.actions).toEqual(actions);
  });

  it('no-concern does not fire, and cannot lower FA3', () => {
    expect(run(three.slice(1), reviewed()).firedRules).toEqual(['FA1']);
    const fa3 = run(three, { ...frequent, todayReasons: ['assault'] });
    expect([fa3.level, fa3.firedRules]).toEqual(['DISCUSS', ['FA3']]);
  });
});

describe('in assessEncounter: the triage’s answers (B7, B10, B11, B12.1, A7, A8)', () => {
  const triage = (answers: Record<string, unknown>): EncounterInputs => ({
    otherAnswers: { 'paediatric-triage': answers },
  });

  it('triage B7 head-injury is enough for FA-P (d), V14 unanswered (example 9)', () => {
    const injury = [visit('a', -40, Y, { reasons: ['injury'] })];
    const encounter = run(injury, {}, '2021-09-01', triage({ injuryTypes: ['head-injury'] }));
    expect(encounter.firedRules).toEqual(['FA0', 'FA-P']);
    expect(encounter.level).toBe('DISCUSS');
  });

  it.each([
    ['A7 cpp', { cpisResult: 'cpp' }, 'FA3', true],
    ['A7 looked after', { cpisResult: 'lac' }, 'FA3', true],
    ['A8 yes', { cinOrSocialWorker: 'yes' }, 'FA3', true],
    ['B10 intoxicated', { intoxicated: 'yes' }, 'FA3', false],
    ['B11 self-harm', { selfHarmOrOverdose: 'yes' }, 'FA3', false],
    ['B12.1 sexual assault', { sexualHealthNeeds: ['sexual-assault'] }, 'FA3', false],
    ['A7 none, B10 no', { cpisResult: 'none', intoxicated: 'no' }, 'FA2', false],
  ])('%s at n12 = 4 → %s', (_name, answers, faLevel, cpis) => {
    const encounter = run(three, frequent, '2015-01-01', triage(answers));
    expect(encounter.detail['faLevel']).toBe(faLevel);
    expect(encounter.actions.includes('CPIS_INFORM_SOCIAL_WORKER')).toBe(cpis);
  });

  it('the real assessEncounter passes the triage answers to this form', () => {
    const context = faContext('2021-09-01', 'male', [visit('a', -40, Y, { reasons: ['injury'] })]);
    const alone = assess('frequent-attender', {}, context);
    expect(alone.firedRules).toEqual(['FA0']);
    const encounter = assessEncounter(
      { 'paediatric-triage': { injuryOrMark: 'yes', injuryTypes: ['head-injury'] }, 'frequent-attender': {} },
      context,
    );
    expect(encounter.forms['frequent-attender']?.firedRules).toEqual(['FA0', 'FA-P']);
    expect(encounter.forms['frequent-attender']?.detail).toEqual({
      faLevel: 'FA0',
      n12: 2,
      n6: 2,
      providers12: 2,
    });
  });
});
