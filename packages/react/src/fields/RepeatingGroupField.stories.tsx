import type { GroupField } from '@proformas/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { RepeatingGroupField, type GroupRow } from './RepeatingGroupField.tsx';

const fields: GroupField[] = [
  { key: 'name', code: 'H1a.1', question: 'First name', type: 'text', required: true },
  { key: 'age', code: 'H1a.2', question: 'Age in years', type: 'integer', min: 0, max: 17, required: true },
  {
    key: 'livesHere',
    code: 'H1a.3',
    question: 'Do they live with the patient?',
    type: 'yes-no',
    required: true,
  },
  {
    key: 'whereNow',
    code: 'H1a.4',
    question: 'Where are they now?',
    type: 'text',
    required: true,
    shownWhen: { op: 'equals', key: 'livesHere', value: 'no' },
  },
];
const rowScoped = (field: GroupField, row: GroupRow) => field.key !== 'whereNow' || row['livesHere'] === 'no';

const meta = {
  title: 'Fields/Repeating group',
  component: RepeatingGroupField,
  args: {
    id: 'children',
    label: 'Children in the household',
    fields,
    isFieldShown: rowScoped,
    value: undefined,
    onChange: fn(),
  },
} satisfies Meta<typeof RepeatingGroupField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = {
  args: {
    value: [
      { name: 'Mia', age: 3, livesHere: 'yes' },
      { name: 'Leo', age: 9, livesHere: 'no', whereNow: 'With his grandmother' },
    ],
  },
};
export const Error: Story = {
  args: { value: [{ name: 'Mia' }], error: 'Entry 1: answer "Age in years" (H1a.2)' },
};
export const Disabled: Story = {
  args: { value: [{ name: 'Mia', age: 3, livesHere: 'yes' }], disabled: true },
};
