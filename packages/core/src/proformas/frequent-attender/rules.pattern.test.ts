import { describe, expect, it } from 'vitest';
import type { AttendanceRecord } from '../../model/context.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { frequentAttender } from './definition.ts';
import { discussed, faContext, reviewed, visit, X, Y } from './fixtures-builder.ts';
import type { FrequentAttenderAnswers } from './schema.ts';

// frequent-attender.md FA-P — pattern of concern: clauses (a)–(d), one reason each, naming the visits.

type Answers = Partial<FrequentAttenderAnswers>;
const run = (
  records: AttendanceRecord[] | undefined,
  answers: Answers = {},
  dob = '2015-01-01',
  encounter: EncounterInputs = {},
  extra: Parameters<typeof faContext>[3] = {},
) => evaluateProforma(frequentAttender, answers, faContext(dob, 'female', records, extra), encounter);
const three = [visit('a', -300), visit('b', -200), visit('c', -100)];

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
