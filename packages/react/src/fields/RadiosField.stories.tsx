import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { RadiosField } from './RadiosField.tsx';

const meta = {
  title: 'Fields/Radios (yes / no, choices)',
  component: RadiosField,
  args: {
    id: 'danger',
    label: 'Is any child in immediate danger now?',
    hint: 'For example an alleged abuser trying to take the child.',
    inline: true,
    options: [
      { code: 'yes', label: 'Yes' },
      { code: 'no', label: 'No' },
    ],
    value: undefined,
    onChange: fn(),
  },
} satisfies Meta<typeof RadiosField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('radio', { name: 'No' }));
    await expect(args.onChange).toHaveBeenCalledWith('no');
  },
};
export const Filled: Story = { args: { value: 'no' } };
export const Error: Story = { args: { error: 'Record whether any child is in immediate danger now (B14)' } };
export const Disabled: Story = { args: { value: 'yes', disabled: true } };
export const Choices: Story = {
  args: {
    id: 'companion',
    label: 'Who came with the child?',
    hint: undefined,
    inline: false,
    value: 'other',
    options: [
      { code: 'parent', label: 'Parent' },
      { code: 'foster-carer', label: 'Foster carer' },
      { code: 'alone', label: 'Nobody: the child came alone' },
      { code: 'other', label: 'Someone else', hint: 'Record who in the next question' },
    ],
  },
};
