import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { RadiosField } from '../fields/RadiosField.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';

const meta = {
  title: 'Errors/Error summary',
  component: ErrorSummary,
  args: {
    errors: [
      { targetId: 'danger', text: 'Record whether any child is in immediate danger now (B14)' },
      { targetId: 'left', text: 'Record whether the child left needing urgent care (B14.3)' },
    ],
    focusKey: 1,
  },
  render: (args) => (
    <>
      <ErrorSummary {...args} />
      <RadiosField
        id="danger"
        label="Is any child in immediate danger now?"
        inline
        options={[
          { code: 'yes', label: 'Yes' },
          { code: 'no', label: 'No' },
        ]}
        value={undefined}
        onChange={() => {}}
        error={args.errors[0]?.text}
      />
      <RadiosField
        id="left"
        label="Did they leave needing urgent care?"
        inline
        options={[
          { code: 'yes', label: 'Yes' },
          { code: 'no', label: 'No' },
        ]}
        value={undefined}
        onChange={() => {}}
        error={args.errors[1]?.text}
      />
    </>
  ),
} satisfies Meta<typeof ErrorSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

export const TakesFocusAndLinksToFields: Story = {
  name: 'Takes focus; each error links to its field',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert').parentElement).toHaveFocus();
    await userEvent.click(canvas.getByRole('link', { name: /B14.3/ }));
    await expect(canvas.getAllByRole('radio', { name: 'Yes' })[1]).toHaveFocus();
  },
};
export const OneError: Story = {
  args: {
    errors: [{ targetId: 'danger', text: 'Record whether any child is in immediate danger now (B14)' }],
  },
};
