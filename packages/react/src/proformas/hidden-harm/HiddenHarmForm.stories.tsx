import { LEVEL_LABELS, type AssessmentContext } from '@proformas/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { scenario } from '../../encounter/testing/fixtures.ts';
import { StoryPage } from '../../encounter/testing/StoryPage.tsx';
import { acknowledgeEmergency, continueToOutcome, signOff } from '../../encounter/testing/storyWalk.ts';
import { HiddenHarmForm } from './HiddenHarmForm.tsx';

const adult: AssessmentContext = {
  patient: { dateOfBirth: '1988-04-02', sex: 'female' },
  attendance: {
    arrivedAt: '2025-03-10T10:00:00+00:00',
    providerId: 'RX1',
    departmentType: '01',
    category: 'unplanned',
    reasons: ['self-harm'],
  },
};
const green = scenario('hidden-harm', 'Adult after an overdose with no children or other dependants');
const severe = scenario(
  'hidden-harm',
  'Man assaulted by his partner, who is waiting outside, with his 4-year-old every other weekend',
);

const meta = {
  title: 'Proformas/Hidden harm',
  component: HiddenHarmForm,
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <StoryPage>
        <Story />
      </StoryPage>
    ),
  ],
  // Stories keep no draft: each starts afresh.
  args: { context: adult, storage: null, onSignedOff: fn() },
} satisfies Meta<typeof HiddenHarmForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A 36-year-old woman after self-harm, nothing answered yet. */
export const Default: Story = {};

/** No children or other dependants: walked phase by phase to no concern and sign-off. */
export const NoConcernToSignOff: Story = {
  name: 'No dependants, to sign-off',
  args: { context: green.context, answers: green.answers },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await continueToOutcome(canvas);
    await expect(canvas.getByText(LEVEL_LABELS.NO_CONCERN)).toHaveClass('nhsuk-tag--green');
    await expect(canvas.getByRole('region', { name: 'Domestic abuse: DASH and MARAC' })).toBeVisible();
    await signOff(canvas, args.onSignedOff);
  },
};

/** The abuser waiting outside (A-R10): the emergency card at once, then the outcome with MARAC by professional judgement. */
export const EmergencyPath: Story = {
  name: 'Emergency: the abuser is waiting outside',
  args: { context: severe.context, answers: severe.answers },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await acknowledgeEmergency(canvas);
    await continueToOutcome(canvas);
    await expect(canvas.getByRole('heading', { level: 2, name: /Emergency/ })).toBeVisible();
    const detail = within(canvas.getByRole('region', { name: 'Domestic abuse: DASH and MARAC' }));
    await expect(detail.getByText('MARAC referral').nextElementSibling).toHaveTextContent(
      'professional judgement',
    );
    await signOff(canvas, args.onSignedOff);
  },
};
