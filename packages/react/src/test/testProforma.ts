import {
  conditionBuilders,
  createProformaMachine,
  firing,
  type ProformaDefinition,
  type ProformaMachine,
} from '@proformas/core';
import * as z from 'zod/mini';

/**
 * A test-only proforma with every item type, conditional items, an exclusive option, a group
 * with row-scoped visibility, an emergency rule and a level-required summary.
 */
const yesNo = z.enum(['yes', 'no']);
export const testSchema = z.strictObject({
  danger: z.optional(yesNo),
  dangerDetails: z.optional(z.string()),
  known: z.optional(z.enum(['yes', 'no', 'unknown'])),
  companion: z.optional(z.enum(['parent', 'alone', 'other'])),
  signs: z.optional(z.array(z.enum(['cut', 'bruise', 'none']))),
  visits: z.optional(z.int().check(z.minimum(0), z.maximum(99))),
  injuryDate: z.optional(z.iso.date()),
  injuryAt: z.optional(z.iso.datetime({ offset: true })),
  kids: z.optional(
    z.array(
      z.object({
        name: z.optional(z.string()),
        livesHere: z.optional(yesNo),
        address: z.optional(z.string()),
      }),
    ),
  ),
  summary: z.optional(z.string()),
});
export type TestAnswers = z.infer<typeof testSchema>;
type Derived = { anySign: boolean };
const c = conditionBuilders<keyof TestAnswers, 'anySign'>();

export const testProforma: ProformaDefinition<TestAnswers, Derived, 'first' | 'second' | 'third'> = {
  id: 'paediatric-triage',
  title: 'Test form',
  purpose: 'Component tests',
  specVersion: 'test',
  reviewStatus: 'draft',
  schema: testSchema,
  phases: [
    { id: 'first', title: 'Safety now' },
    { id: 'second', title: 'What happened' },
    { id: 'third', title: 'Sharing' },
  ],
  items: [
    {
      key: 'danger',
      code: 'X1',
      phase: 'first',
      question: 'Is the child in danger now?',
      type: 'yes-no',
      required: true,
    },
    {
      key: 'dangerDetails',
      code: 'X1.1',
      phase: 'first',
      question: 'What is the danger?',
      type: 'text',
      required: true,
      shownWhen: c.eq('danger', 'yes'),
    },
    {
      key: 'known',
      code: 'X2',
      phase: 'first',
      question: 'Known to social care?',
      type: 'yes-no-unknown',
      required: true,
    },
    {
      key: 'companion',
      code: 'X3',
      phase: 'first',
      question: 'Who came with the child?',
      type: 'choice',
      required: true,
      options: [
        { code: 'parent', label: 'A parent' },
        { code: 'alone', label: 'Nobody' },
        { code: 'other', label: 'Someone else', hint: 'Record who in the notes' },
      ],
    },
    {
      key: 'signs',
      code: 'X4',
      phase: 'second',
      question: 'Signs seen',
      type: 'multi',
      required: true,
      minEntries: 1,
      options: [
        { code: 'cut', label: 'Cut' },
        { code: 'bruise', label: 'Bruise' },
        { code: 'none', label: 'None of these', exclusive: true },
      ],
    },
    {
      key: 'visits',
      code: 'X5',
      phase: 'second',
      question: 'Visits in the past year',
      type: 'integer',
      min: 0,
      max: 99,
      required: true,
    },
    {
      key: 'injuryDate',
      code: 'X6',
      phase: 'second',
      question: 'Date of the injury',
      type: 'date',
      required: false,
      shownWhen: c.derived('anySign'),
    },
    {
      key: 'injuryAt',
      code: 'X7',
      phase: 'second',
      question: 'When did it happen?',
      type: 'date-time',
      required: false,
      shownWhen: c.derived('anySign'),
    },
    {
      key: 'kids',
      code: 'X8',
      phase: 'third',
      question: 'Other children at home',
      type: 'group',
      required: false,
      fields: [
        { key: 'name', code: 'X8.1', question: 'Name', type: 'text', required: true },
        { key: 'livesHere', code: 'X8.2', question: 'Lives here?', type: 'yes-no', required: true },
        {
          key: 'address',
          code: 'X8.3',
          question: 'Where do they live?',
          type: 'text',
          required: true,
          shownWhen: { op: 'equals', key: 'livesHere', value: 'no' },
        },
      ],
    },
    {
      key: 'summary',
      code: 'E1',
      phase: 'third',
      question: 'The concern in plain language',
      type: 'text',
      required: c.levelAtLeast('NOTIFY'),
    },
  ],
  derive: ({ answers }) => ({ anySign: (answers.signs ?? []).some((s) => s !== 'none') }),
  derivedReads: { anySign: ['signs'] },
  rules: [
    {
      id: 'X-R1',
      evaluate: ({ answers }) =>
        answers.danger === 'yes'
          ? [
              firing(
                'X-R1',
                'EMERGENCY',
                ['POLICE_999', 'INFORM_SAFEGUARDING_LEAD'],
                'The child is in danger now.',
              ),
            ]
          : [],
    },
    {
      id: 'X-R2',
      evaluate: ({ answers }) =>
        (answers.signs ?? []).includes('bruise')
          ? [
              firing('X-R2', 'REFER', ['MASH_REFERRAL'], 'A bruise was seen.', {
                clause: 'a',
                status: 'project-rule',
              }),
            ]
          : [],
    },
    {
      id: 'X-R3',
      evaluate: ({ answers }) =>
        answers.companion === 'alone'
          ? [
              firing('X-R3', 'DISCUSS', ['INFORM_SAFEGUARDING_LEAD'], 'The child came alone.', {
                status: 'unverified',
              }),
            ]
          : [],
    },
    {
      id: 'X-R4',
      evaluate: (_, fired) =>
        fired.length === 0 ? [firing('X-R4', 'NO_CONCERN', ['ROUTINE_SUMMARY'], 'No concern found.')] : [],
    },
  ],
  detail: ({ age }) => ({ ageYears: age.years }),
  ruleIds: ['X-R1', 'X-R2', 'X-R3', 'X-R4'],
};

export const testMachine: ProformaMachine = createProformaMachine(testProforma);
