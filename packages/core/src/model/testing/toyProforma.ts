import * as z from 'zod/mini';
import { conditionBuilders } from '../condition.ts';
import type { ProformaDefinition } from '../proforma.ts';
import { firing } from '../rule.ts';

/** A small test-only proforma exercising the engine: chains, groups, exclusive options, level-shown items. */
const yesNo = z.enum(['yes', 'no']);
export const toySchema = z.strictObject({
  first: z.optional(yesNo),
  second: z.optional(yesNo),
  third: z.optional(z.string()),
  signs: z.optional(z.array(z.enum(['cut', 'bruise', 'none']))),
  kids: z.optional(
    z.array(
      z.object({
        name: z.optional(z.string()),
        livesHere: z.optional(yesNo),
        address: z.optional(z.string()),
      }),
    ),
  ),
  danger: z.optional(yesNo),
  summary: z.optional(z.string()),
});
export type ToyAnswers = z.infer<typeof toySchema>;
type ToyDerived = { anySign: boolean; signCount: number };
type Key = keyof ToyAnswers;
const c = conditionBuilders<Key, 'anySign'>();

export const toyProforma: ProformaDefinition<ToyAnswers, ToyDerived, 'one' | 'two'> = {
  id: 'paediatric-triage',
  title: 'Toy',
  purpose: 'Engine tests',
  specVersion: 'test',
  reviewStatus: 'draft',
  schema: toySchema,
  phases: [
    { id: 'one', title: 'One' },
    { id: 'two', title: 'Two' },
  ],
  items: [
    { key: 'first', code: 'T1', phase: 'one', question: 'First?', type: 'yes-no', required: true },
    {
      key: 'second',
      code: 'T2',
      phase: 'one',
      question: 'Second?',
      type: 'yes-no',
      required: true,
      shownWhen: c.eq('first', 'yes'),
    },
    {
      key: 'third',
      code: 'T3',
      phase: 'one',
      question: 'Third',
      type: 'text',
      required: true,
      shownWhen: c.eq('second', 'yes'),
    },
    {
      key: 'signs',
      code: 'T4',
      phase: 'two',
      question: 'Signs',
      type: 'multi',
      required: true,
      minEntries: 1,
      options: [
        { code: 'cut', label: 'Cut' },
        { code: 'bruise', label: 'Bruise' },
        { code: 'none', label: 'None', exclusive: true },
      ],
    },
    {
      key: 'kids',
      code: 'T5',
      phase: 'two',
      question: 'Children',
      type: 'group',
      required: true,
      minEntries: 1,
      shownWhen: c.derived('anySign'),
      fields: [
        { key: 'name', code: 'T5.1', question: 'Name', type: 'text', required: true },
        { key: 'livesHere', code: 'T5.2', question: 'Lives here?', type: 'yes-no', required: true },
        {
          key: 'address',
          code: 'T5.3',
          question: 'Address',
          type: 'text',
          required: true,
          shownWhen: { op: 'equals', key: 'livesHere', value: 'no' },
        },
      ],
    },
    {
      key: 'danger',
      code: 'T6',
      phase: 'two',
      question: 'Danger?',
      type: 'yes-no',
      required: false,
      blocksCompletion: ['no'],
    },
    {
      key: 'summary',
      code: 'T7',
      phase: 'two',
      question: 'Summary',
      type: 'text',
      required: c.levelAtLeast('NOTIFY'),
    },
  ],
  derive: ({ answers }) => {
    const signs = (answers.signs ?? []).filter((s) => s !== 'none');
    return { anySign: signs.length > 0, signCount: signs.length };
  },
  derivedReads: { anySign: ['signs'] },
  rules: [
    {
      id: 'T-R1',
      evaluate: ({ answers }) =>
        answers.danger === 'yes'
          ? [firing('T-R1', 'EMERGENCY', ['POLICE_999', 'INFORM_SAFEGUARDING_LEAD'], 'Danger now.')]
          : [],
    },
    {
      id: 'T-R2',
      evaluate: ({ derived }) =>
        derived.signCount >= 2 ? [firing('T-R2', 'NOTIFY', ['NOTIFY_GP'], 'Two signs.')] : [],
    },
    {
      id: 'T-R3',
      evaluate: ({ answers }) =>
        answers.third ? [firing('T-R3', 'DISCUSS', ['INFORM_SAFEGUARDING_LEAD'], 'Third answered.')] : [],
    },
  ],
  detail: ({ derived }) => ({ signCount: derived.signCount }),
  ruleIds: ['T-R1', 'T-R2', 'T-R3'],
};
