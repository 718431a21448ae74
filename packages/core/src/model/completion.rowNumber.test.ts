import { describe, expect, it } from 'vitest';
import { completionIssues } from './completion.ts';
import type { AssessmentContext } from './context.ts';
import { evaluateProforma } from './evaluateProforma.ts';
import { toyProforma } from './testing/toyProforma.ts';

// `{n}` in a group field's requiredMessage: the row's number from 1, beside `{row}` (its label).

const context: AssessmentContext = {
  patient: { dateOfBirth: '2020-01-01', sex: 'female' },
  attendance: {
    arrivedAt: '2025-03-10T10:00:00+00:00',
    providerId: 'RXX',
    departmentType: '03',
    category: 'unplanned',
  },
};

const definition = {
  ...toyProforma,
  items: toyProforma.items.map((item) =>
    item.key === 'kids'
      ? {
          ...item,
          rowLabel: { field: 'name', fallback: 'child' },
          fields: (item.fields ?? []).map((f) =>
            f.key === 'livesHere' ? { ...f, requiredMessage: 'Child {n}: say where {row} lives.' } : f,
          ),
        }
      : item,
  ),
};

describe('group row messages with {n}', () => {
  it('puts the row number and the row label into the field message', () => {
    const evaluation = evaluateProforma(
      definition,
      { first: 'no', signs: ['cut'], kids: [{ name: 'Ada' }, { name: '' }] },
      context,
    );
    const messages = completionIssues(definition, evaluation, context)
      .filter((i) => i.code === 'T5.2')
      .map((i) => i.message);
    expect(messages).toEqual(['Child 1: say where Ada lives.', 'Child 2: say where child 2 lives.']);
  });
});
