import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { completionIssues } from './completion.ts';
import type { AssessmentContext } from './context.ts';
import { evaluateProforma } from './evaluateProforma.ts';
import type { ProformaDefinition } from './proforma.ts';

const context: AssessmentContext = {
  patient: { dateOfBirth: '2012-01-01', sex: 'female' },
  attendance: {
    arrivedAt: '2025-03-10T10:00:00+00:00',
    providerId: 'RXX',
    departmentType: '03',
    category: 'unplanned',
  },
};

const schema = z.strictObject({
  none: z.optional(z.array(z.enum(['a', 'b']))),
  some: z.optional(z.array(z.enum(['a', 'b']))),
});
type A = z.infer<typeof schema>;
const lists: ProformaDefinition<A, Record<string, never>, 'one'> = {
  id: 'cse',
  title: 'Lists',
  purpose: 'minEntries tests',
  specVersion: 'test',
  reviewStatus: 'draft',
  schema,
  phases: [{ id: 'one', title: 'One' }],
  items: [
    {
      key: 'none',
      code: 'L1',
      phase: 'one',
      question: 'Empty allowed',
      type: 'multi',
      required: true,
      minEntries: 0,
    },
    {
      key: 'some',
      code: 'L2',
      phase: 'one',
      question: 'At least one',
      type: 'multi',
      required: true,
      minEntries: 1,
    },
  ],
  derive: () => ({}),
  derivedReads: {},
  rules: [],
  detail: () => ({}),
  ruleIds: [],
};

const gaps = (answers: Record<string, unknown>) =>
  completionIssues(lists, evaluateProforma(lists, answers, context), context).map((i) => i.code);

describe('completionIssues: minEntries', () => {
  it('minEntries 0: an empty list answers a required multi ("[] = none ticked")', () => {
    expect(gaps({ none: [], some: ['a'] })).toEqual([]);
  });
  it('minEntries 0: no answer at all still blocks', () => {
    expect(gaps({ some: ['a'] })).toEqual(['L1']);
  });
  it('minEntries 1: an empty list blocks', () => {
    expect(gaps({ none: [], some: [] })).toEqual(['L2']);
  });
});
