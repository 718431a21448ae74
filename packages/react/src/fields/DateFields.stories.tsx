import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { DateField } from './DateField.tsx';
import { DateTimeField } from './DateTimeField.tsx';

const meta = {
  title: 'Fields/Date',
  component: DateField,
  args: { id: 'date', label: 'Date of the injury', value: undefined, onChange: fn() },
} satisfies Meta<typeof DateField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: '2025-03-09' } };
export const Error: Story = {
  args: {
    value: '2025-2-31',
    error: 'Enter a real date for "Date of the injury": day, month and a 4-digit year',
  },
};
export const Disabled: Story = { args: { value: '2025-03-09', disabled: true } };

type TimeStory = StoryObj<typeof DateTimeField>;
const when = { id: 'at', label: 'When did the injury happen?', onChange: fn() };
export const DateTimeEmpty: TimeStory = {
  name: 'Date and time, empty',
  render: () => <DateTimeField {...when} value={undefined} />,
};
export const DateTimeFilled: TimeStory = {
  name: 'Date and time, filled',
  render: () => <DateTimeField {...when} value="2025-03-09T18:30:00+00:00" />,
};
export const DateTimeError: TimeStory = {
  name: 'Date and time with an error',
  render: () => (
    <DateTimeField
      {...when}
      value="2025-03-09T25:00"
      error="Enter a real date and a 24-hour time, like 14:30"
    />
  ),
};
export const DateTimeDisabled: TimeStory = {
  name: 'Date and time, disabled',
  render: () => <DateTimeField {...when} value="2025-03-09T18:30:00+00:00" disabled />,
};
