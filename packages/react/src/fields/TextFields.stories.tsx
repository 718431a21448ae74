import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { TextareaField } from './TextareaField.tsx';
import { TextInputField } from './TextInputField.tsx';

const meta = {
  title: 'Fields/Text area',
  component: TextareaField,
  args: {
    id: 'words',
    label: 'Exactly what was said, and by whom',
    hint: 'Quote the words used.',
    value: undefined,
    onChange: fn(),
  },
} satisfies Meta<typeof TextareaField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'She said: "Daddy hit me with the belt."' } };
export const Error: Story = { args: { error: 'Record exactly what was said, and by whom (B13.1)' } };
export const Disabled: Story = { args: { value: 'Signed off: no changes.', disabled: true } };

export const ShortInput: StoryObj<typeof TextInputField> = {
  name: 'Short input',
  render: () => <TextInputField id="gp" label="GP practice" value="Riverside Surgery" onChange={fn()} />,
};
export const ShortInputError: StoryObj<typeof TextInputField> = {
  name: 'Short input with an error',
  render: () => (
    <TextInputField
      id="gp"
      label="GP practice"
      value={undefined}
      onChange={fn()}
      error="Enter the GP practice (A6.1)"
    />
  ),
};
export const ShortInputDisabled: StoryObj<typeof TextInputField> = {
  name: 'Short input, disabled',
  render: () => (
    <TextInputField id="gp" label="GP practice" value="Riverside Surgery" onChange={fn()} disabled />
  ),
};
