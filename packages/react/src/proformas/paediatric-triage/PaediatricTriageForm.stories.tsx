import { LEVEL_LABELS, paediatricTriageFixtures, type AssessmentContext } from '@proformas/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PaediatricTriageForm } from './PaediatricTriageForm.tsx';

const sevenYearOld: AssessmentContext = {
  patient: { dateOfBirth: '2017-08-20', sex: 'female' },
  attendance: {
    arrivedAt: '2025-03-10T10:00:00+00:00',
    providerId: 'RX1',
    departmentType: '03',
    category: 'unplanned',
  },
};
const noConcern = paediatricTriageFixtures.find(
  (f) => f.name === '4-year-old with a chest infection (health visitor until 5)',
);

const meta = {
  title: 'Proformas/Paediatric triage',
  component: PaediatricTriageForm,
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent">
          <Story />
        </main>
      </div>
    ),
  ],
  // Stories keep no draft: each starts afresh.
  args: { context: sevenYearOld, storage: null, onSignedOff: fn() },
} satisfies Meta<typeof PaediatricTriageForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A 7-year-old girl, nothing answered yet. */
export const Default: Story = {};

/** A complete no-concern triage, walked phase by phase to sign-off. */
export const NoConcernToSignOff: Story = {
  name: 'No concern, to sign-off',
  args: { context: noConcern?.context ?? sevenYearOld, answers: noConcern?.answers },
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    await step('Continue through every phase', async () => {
      for (let phase = 1; phase <= 7; phase++) {
        await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(`Phase ${phase} of 7`);
        await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
      }
    });
    await step('Check the answers and see the outcome', async () => {
      await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Check your answers');
      await userEvent.click(canvas.getByRole('button', { name: 'Confirm and see the outcome' }));
      await expect(canvas.getByText(LEVEL_LABELS.NO_CONCERN)).toHaveClass('nhsuk-tag--green');
    });
    await step('Sign off', async () => {
      await userEvent.type(canvas.getByRole('textbox', { name: 'Your full name' }), 'Alex Morgan');
      await userEvent.type(
        canvas.getByRole('textbox', { name: 'Your role' }),
        'Emergency nurse practitioner',
      );
      await userEvent.click(canvas.getByRole('button', { name: 'Sign off' }));
      await waitFor(() =>
        expect(args.onSignedOff).toHaveBeenCalledWith(expect.objectContaining({ name: 'Alex Morgan' })),
      );
      await expect(canvas.getByRole('heading', { name: 'Signed off' })).toBeVisible();
    });
  },
};

/** B14 = yes: the emergency care card takes over at once, before Continue. */
export const EmergencyPath: Story = {
  name: 'Emergency: a child in immediate danger',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const danger = canvas.getByRole('group', { name: 'Is any child in immediate danger now?' });
    await userEvent.click(within(danger).getByRole('radio', { name: 'Yes' }));
    const card = canvas.getByRole('region', { name: 'Immediate action required: Call 999 now' });
    await expect(within(card).getByRole('heading', { level: 1 })).toHaveFocus();
    await expect(canvas.queryByRole('button', { name: 'Continue' })).toBeNull();
    await userEvent.click(within(card).getByRole('button', { name: 'I have called 999' }));
    await expect(canvas.getByRole('status', { name: 'Safeguarding level' })).toHaveTextContent(
      LEVEL_LABELS.EMERGENCY,
    );
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Phase 1 of 7: Safety now');
  },
};
