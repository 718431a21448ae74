import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { EmergencyCard } from './EmergencyCard.tsx';

const meta = {
  title: 'Runner/Emergency card',
  component: EmergencyCard,
  args: {
    reasons: ['A child is in immediate danger now (B14).'],
    actions: [
      'Phone now: the MASH in working hours, the local authority’s emergency duty team out of hours. Do not discharge until they agree a plan. The written referral follows.',
      'Tell the safeguarding lead.',
    ],
    onAcknowledge: fn(),
  },
} satisfies Meta<typeof EmergencyCard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: /Call 999 now/ })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'I have called 999' }));
    await expect(args.onAcknowledge).toHaveBeenCalledOnce();
  },
};
