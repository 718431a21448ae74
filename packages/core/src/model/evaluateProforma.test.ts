import { describe, expect, it } from 'vitest';
import { completionIssues } from './completion.ts';
import type { AssessmentContext } from './context.ts';
import { evaluateProforma } from './evaluateProforma.ts';
import { toyProforma } from './testing/toyProforma.ts';
import { ProformaValidationError } from './validation.ts';

const context: AssessmentContext = {
  patient: { dateOfBirth: '2020-01-01', sex: 'female' },
  attendance: {
    arrivedAt: '2025-03-10T10:00:00+00:00',
    providerId: 'RXX',
    departmentType: '03',
    category: 'unplanned',
  },
};

const run = (answers: Record<string, unknown>, encounter = {}) =>
  evaluateProforma(toyProforma, answers, context, encounter);

describe('evaluateProforma', () => {
  it('drops answers to hidden items down a chain (hiding one hides the next)', () => {
    const evaluation = run({ first: 'no', second: 'yes', third: 'kept?' });
    expect(evaluation.answers).toEqual({ first: 'no' });
    expect(evaluation.firedRules).toEqual([]);
    expect(evaluation.shown.has('second')).toBe(false);
  });

  it('runs rules on shown answers, level = most severe, actions most urgent first', () => {
    const evaluation = run({
      first: 'yes',
      second: 'yes',
      third: 'x',
      signs: ['cut', 'bruise'],
      danger: 'yes',
    });
    expect(evaluation.level).toBe('EMERGENCY');
    expect(evaluation.firedRules).toEqual(['T-R1', 'T-R2', 'T-R3']);
    expect(evaluation.actions).toEqual(['POLICE_999', 'INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP']);
    expect(evaluation.reasons).toEqual(['Danger now.', 'Two signs.', 'Third answered.']);
    expect(evaluation.detail).toEqual({ signCount: 2 });
  });

  it('drops a group row field its own row hides', () => {
    const evaluation = run({ signs: ['cut'], kids: [{ name: 'A', livesHere: 'yes', address: '1 Road' }] });
    expect(evaluation.answers['kids']).toEqual([{ name: 'A', livesHere: 'yes' }]);
  });

  it('throws ProformaValidationError listing unknown keys, wrong types and unknown options', () => {
    try {
      run({ first: 'maybe', nope: 1, signs: ['scratch'] });
      expect.unreachable('should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ProformaValidationError);
      const issues = (error as ProformaValidationError).issues;
      expect(issues.map((i) => [i.key, i.code])).toEqual([
        ['nope', ''],
        ['first', 'T1'],
        ['signs', 'T4'],
      ]);
    }
  });

  it('throws on a context that cannot be read', () => {
    const bad = { ...context, patient: { dateOfBirth: '2026-01-01', sex: 'female' as const } };
    expect(() => evaluateProforma(toyProforma, {}, bad)).toThrow(ProformaValidationError);
    const unparseable = { ...context, attendance: { ...context.attendance, arrivedAt: '10/03/2025' } };
    expect(() => evaluateProforma(toyProforma, {}, unparseable)).toThrow(/arrival time/);
  });

  it('never throws for partial answers', () => {
    expect(run({}).level).toBe('NO_CONCERN');
  });
});

describe('completionIssues', () => {
  const issuesOf = (answers: Record<string, unknown>, encounter = {}) =>
    completionIssues(toyProforma, run(answers, encounter), context).map((i) => i.code);

  it('lists every shown required item that is unanswered', () => {
    expect(issuesOf({})).toEqual(['T1', 'T4']);
    expect(issuesOf({ first: 'yes' })).toEqual(['T2', 'T4']);
  });

  it('refuses an exclusive option ticked with others, and empty or incomplete groups', () => {
    expect(issuesOf({ first: 'no', signs: ['none', 'cut'], kids: [{ name: 'A' }] })).toEqual(['T4', 'T5.2']);
    expect(issuesOf({ first: 'no', signs: ['cut'], kids: [] })).toEqual(['T5']);
    expect(issuesOf({ first: 'no', signs: ['cut'], kids: [{ name: 'A', livesHere: 'no' }] })).toEqual([
      'T5.3',
    ]);
    expect(issuesOf({ first: 'no', signs: ['none'] })).toEqual([]);
  });

  it('treats a blocking answer (e.g. unknown) as not complete, even on an optional item', () => {
    expect(issuesOf({ first: 'no', signs: ['none'], danger: 'no' })).toEqual(['T6']);
    expect(issuesOf({ first: 'no', signs: ['none'], danger: 'yes' })).toEqual(['T7']);
  });

  it('requires an item from an encounter level (own or the encounter’s)', () => {
    expect(
      issuesOf({ first: 'no', signs: ['cut', 'bruise'], kids: [{ name: 'A', livesHere: 'yes' }] }),
    ).toEqual(['T7']);
    expect(issuesOf({ first: 'no', signs: ['none'] }, { encounterLevel: 'REFER' })).toEqual(['T7']);
  });
});
