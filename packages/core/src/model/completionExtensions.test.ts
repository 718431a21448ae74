import { describe, expect, it } from 'vitest';
import { completionIssues } from './completion.ts';
import type { AssessmentContext } from './context.ts';
import { evaluateProforma } from './evaluateProforma.ts';
import type { Item } from './item.ts';
import { toyProforma } from './testing/toyProforma.ts';

// Optional definition hooks: row labels and field messages, completionChecks, levelActions.

const context: AssessmentContext = {
  patient: { dateOfBirth: '2020-01-01', sex: 'female' },
  attendance: {
    arrivedAt: '2025-03-10T10:00:00+00:00',
    providerId: 'RXX',
    departmentType: '03',
    category: 'unplanned',
  },
};

const withKids = (patch: Partial<Item>) => ({
  ...toyProforma,
  items: toyProforma.items.map((item) =>
    item.key === 'kids'
      ? {
          ...item,
          ...patch,
          fields: (item.fields ?? []).map((f) =>
            f.key === 'livesHere'
              ? {
                  ...f,
                  requiredMessage: '{row}: enter where they live.',
                  blocksCompletion: ['no'],
                  blockedMessage: 'Find {row}.',
                }
              : f,
          ),
        }
      : item,
  ),
});

describe('group row messages', () => {
  it('names a row by its label field, else fallback and number; uses field messages', () => {
    const definition = withKids({ rowLabel: { field: 'name', fallback: 'Child' } });
    const evaluation = evaluateProforma(
      definition,
      {
        first: 'no',
        signs: ['cut'],
        kids: [{ name: ' Ada ' }, {}, { name: 'Bo', livesHere: 'no', address: 'x' }],
      },
      context,
    );
    expect(completionIssues(definition, evaluation, context).map((i) => i.message)).toEqual([
      'Ada: enter where they live.',
      'Child 2: answer "Name" (T5.1)',
      'Child 2: enter where they live.',
      'Find Bo.',
    ]);
  });

  it('keeps the old "Entry n" wording when a definition gives no label', () => {
    const evaluation = evaluateProforma(
      toyProforma,
      { first: 'no', signs: ['cut'], kids: [{ name: 'A' }] },
      context,
    );
    expect(completionIssues(toyProforma, evaluation, context).map((i) => i.message)).toEqual([
      'Entry 1: answer "Lives here?" (T5.2)',
    ]);
  });
});

describe('completionChecks and levelActions', () => {
  const definition = {
    ...toyProforma,
    completionChecks: ({ answers, level }: { answers: { third?: string }; level: string }) =>
      answers.third === 'bad' ? [{ key: 'third', code: 'T3', message: `Check it (${level}).` }] : [],
    levelActions: (_input: unknown, level: string) =>
      level === 'NO_CONCERN' ? (['ROUTINE_SUMMARY'] as const) : [],
  };

  it('adds the definition’s own completion issues after the generic ones', () => {
    const evaluation = evaluateProforma(
      definition,
      { first: 'yes', second: 'yes', third: 'bad', signs: ['none'] },
      context,
    );
    expect(completionIssues(definition, evaluation, context)).toEqual(
      [
        { key: 'third', code: 'T3', message: 'Check it (DISCUSS).' },
        { key: 'summary', code: 'T7', message: 'Answer "Summary" (T7)' },
      ].reverse(),
    );
  });

  it('adds level actions without changing the level or the fired rules', () => {
    const calm = evaluateProforma(definition, { first: 'no' }, context);
    expect(calm.actions).toEqual(['ROUTINE_SUMMARY']);
    expect(calm.firedRules).toEqual([]);
    const danger = evaluateProforma(definition, { danger: 'yes' }, context);
    expect(danger.actions).toEqual(['POLICE_999', 'INFORM_SAFEGUARDING_LEAD']);
    expect(danger.level).toBe('EMERGENCY');
  });
});
