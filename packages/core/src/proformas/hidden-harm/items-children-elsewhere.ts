import type { GroupField } from '../../model/item.ts';
import type { ChildElsewhereField } from './schema.ts';

/** H1c: one row per child elsewhere whom the patient sees unsupervised or overnight. */
export const childElsewhereFields: readonly GroupField<ChildElsewhereField>[] = [
  {
    key: 'name',
    code: 'H1c.1',
    question: "Child's name",
    type: 'text',
    required: true,
    requiredMessage: "{row}: enter the child's name.",
  },
  {
    key: 'dateOfBirth',
    code: 'H1c.2',
    question: 'Date of birth',
    type: 'date',
    required: true,
    requiredMessage: '{row}: enter the date of birth.',
  },
  {
    key: 'livesWith',
    code: 'H1c.3',
    question: 'Who the child lives with, and where',
    type: 'text',
    required: true,
    requiredMessage: '{row}: enter who the child lives with, and where.',
  },
  { key: 'gp', code: 'H1c.4', question: "Child's GP practice", type: 'text', required: false },
];
