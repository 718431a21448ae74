import { LEVEL_LABELS, type AssessmentContext } from '@proformas/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { scenario } from '../../encounter/testing/fixtures.ts';
import { StoryPage } from '../../encounter/testing/StoryPage.tsx';
import { acknowledgeEmergency, continueToOutcome, signOff } from '../../encounter/testing/storyWalk.ts';
import { CseForm } from './CseForm.tsx';

const fourteenYearOld: AssessmentContext = {
  patient: { dateOfBirth: '2010-09-01', sex: 'female' },
  attendance: {
    arrivedAt: '2025-03-10T10:00:00+00:00',
    providerId: 'RX1',
    departmentType: '04',
    category: 'unplanned',
    reasons: ['sexual-health'],
  },
};
const green = scenario('cse', '14-year-old asking for a pregnancy test, seen alone, nothing of concern');
const severe = scenario(
  'cse',
  '16-year-old asking for emergency contraception; the man who drove her is waiting (screen finished)',
);

const meta = {
  title: 'Proformas/CSE',
  component: CseForm,
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <StoryPage>
        <Story />
      </StoryPage>
    ),
  ],
  args: { context: fourteenYearOld, storage: null, onSignedOff: fn() },
} satisfies Meta<typeof CseForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A 14-year-old girl at a walk-in centre for sexual health, nothing answered yet. */
export const Default: Story = {};

/** Seen alone, nothing of concern: walked to no concern and sign-off. */
export const NoConcernToSignOff: Story = {
  name: 'Nothing of concern, to sign-off',
  args: { context: green.context, answers: green.answers },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await continueToOutcome(canvas);
    await expect(canvas.getByText(LEVEL_LABELS.NO_CONCERN)).toHaveClass('nhsuk-tag--green');
    await expect(canvas.getByText('No indicators found')).toBeVisible();
    await signOff(canvas, args.onSignedOff);
  },
};

/** The man who drove her is waiting (C-R2 c): the emergency card, then a red band, EC not delayed. */
export const EmergencyPath: Story = {
  name: 'Emergency: the man who drove her is waiting',
  args: { context: severe.context, answers: severe.answers },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await acknowledgeEmergency(canvas);
    await continueToOutcome(canvas);
    await expect(canvas.getByRole('heading', { level: 2, name: /Emergency/ })).toBeVisible();
    const detail = within(canvas.getByRole('region', { name: 'Child sexual exploitation: risk band' }));
    await expect(detail.getByText('High (red)')).toHaveClass('nhsuk-tag--red');
    const ec = canvasElement.querySelector('.app-ec-notice');
    await expect(ec).toHaveTextContent('Give emergency contraception now');
    const level = canvas.getByRole('heading', { level: 2, name: /Emergency/ });
    // The message comes first, above the level.
    await expect(ec?.compareDocumentPosition(level)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    await signOff(canvas, args.onSignedOff);
  },
};
