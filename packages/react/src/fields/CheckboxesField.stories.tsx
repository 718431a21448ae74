import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CheckboxesField } from './CheckboxesField.tsx';

const meta = {
  title: 'Fields/Checkboxes (with an exclusive "None")',
  component: CheckboxesField,
  args: {
    id: 'signs',
    label: 'Signs of criminal or other exploitation',
    options: [
      { code: 'far-from-home', label: 'Found far from home' },
      { code: 'drugs-cash-or-phones', label: 'Carrying drugs, much cash or several phones' },
      { code: 'weapon', label: 'Carrying a weapon' },
      { code: 'none', label: 'None of these', exclusive: true },
    ],
    value: undefined,
    onChange: fn(),
  },
} satisfies Meta<typeof CheckboxesField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = {
  args: { value: ['far-from-home', 'weapon'] },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('checkbox', { name: 'None of these' }));
    await expect(args.onChange).toHaveBeenCalledWith(['none']);
  },
};
export const Error: Story = { args: { error: 'Tick the signs you saw, or "None of these" (B16)' } };
export const Disabled: Story = { args: { value: ['none'], disabled: true } };
export const NoneOfTheseBox: Story = {
  name: 'None ticked is an answer',
  args: {
    label: 'Which of these patterns are present?',
    options: [
      { code: 'shaped-bruise', label: 'Bruise shaped like a hand, grip or implement' },
      { code: 'bruise-cluster', label: 'A cluster of bruises' },
    ],
    noneLabel: 'None of these',
    value: [],
  },
};
