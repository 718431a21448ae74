import { describe, expect, it } from 'vitest';
import type { AttendanceRecord } from '../../model/context.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { frequentAttender } from './definition.ts';
import { frequentAttenderFixtures } from './fixtures.ts';
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
  it('example 2 (FA2): next working day; example 3 (FA3): before leaving', () => {
    const reasonsOf = (example: string) => {
      const fixture = frequentAttenderFixtures.find((f) => f.example === example);
      if (!fixture) throw new Error(`no example ${example}`);
      return evaluateProforma(frequentAttender, fixture.answers, fixture.context).reasons.join(' ');
    };
    expect(reasonsOf('2')).toContain('Tell the safeguarding lead by the end of the next working day');
    expect(reasonsOf('2')).not.toContain('before this child leaves');
    expect(reasonsOf('3')).toContain('Discuss with the safeguarding lead before this child leaves');
  });

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
