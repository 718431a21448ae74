import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { IntegerField } from './IntegerField.tsx';

const meta = {
  title: 'Fields/Whole number',
  component: IntegerField,
  args: {
    id: 'visits',
    label: 'Not counting today, how many unplanned urgent or emergency visits in the past year, anywhere?',
    hint: 'From the records, and by asking.',
    min: 0,
    value: undefined,
    onChange: fn(),
  },
} satisfies Meta<typeof IntegerField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 2 } };
export const Error: Story = {
  args: { value: 'two', error: 'Enter a whole number for "visits in the past year" (A9), using digits only' },
};
export const Disabled: Story = { args: { value: 0, disabled: true } };
