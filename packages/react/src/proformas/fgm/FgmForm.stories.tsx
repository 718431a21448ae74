import { LEVEL_LABELS, type AssessmentContext } from '@proformas/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { scenario } from '../../encounter/testing/fixtures.ts';
import { StoryPage } from '../../encounter/testing/StoryPage.tsx';
import { acknowledgeEmergency, continueToOutcome, signOff } from '../../encounter/testing/storyWalk.ts';
import { FgmForm } from './FgmForm.tsx';

const girl: AssessmentContext = {
  patient: { dateOfBirth: '2013-05-20', sex: 'female' },
  attendance: {
    arrivedAt: '2025-03-10T10:00:00+00:00',
    providerId: 'RX1',
    departmentType: '03',
    category: 'unplanned',
  },
};
const green = scenario('fgm', '8-year-old screened at triage: nothing found');
const severe = scenario(
  'fgm',
  '11-year-old whose mother has had FGM, flying to a country where FGM is common in 14 days',
);
const s5b = scenario(
  'fgm',
  '15-year-old: her school nurse already reported, so the triage nurse records that reference; the doctor still reports',
);

const meta = {
  title: 'Proformas/FGM',
  component: FgmForm,
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <StoryPage>
        <Story />
      </StoryPage>
    ),
  ],
  args: { context: girl, storage: null, onSignedOff: fn() },
} satisfies Meta<typeof FgmForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** An 11-year-old girl, nothing answered yet. */
export const Default: Story = {};

/** Screened at triage, nothing found: walked to no concern and sign-off. */
export const NoConcernToSignOff: Story = {
  name: 'Nothing found, to sign-off',
  args: { context: green.context, answers: green.answers },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await continueToOutcome(canvas);
    await expect(canvas.getByText(LEVEL_LABELS.NO_CONCERN)).toHaveClass('nhsuk-tag--green');
    await signOff(canvas, args.onSignedOff);
  },
};

/** Travel in 14 days (F-R3 imminence): the emergency card, then FGM-IS for the girl. */
export const EmergencyPath: Story = {
  name: 'Emergency: travel within 14 days',
  args: { context: severe.context, answers: severe.answers },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await acknowledgeEmergency(canvas);
    await continueToOutcome(canvas);
    await expect(canvas.getByRole('heading', { level: 2, name: /Emergency/ })).toBeVisible();
    await expect(canvas.getByText(/Add the indicator for/)).toHaveTextContent('her mother has had FGM');
    await signOff(canvas, args.onSignedOff);
  },
};

/** Two regulated professionals heard her: one records a colleague's reference, the other still reports. */
export const PoliceReports: Story = {
  name: 'Police reports: a reference and an outstanding report',
  args: { context: s5b.context, answers: s5b.answers },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await continueToOutcome(canvas);
    const detail = within(canvas.getByRole('region', { name: 'FGM: police report and FGM-IS' }));
    await expect(detail.getByText(/Police report outstanding for/)).toHaveTextContent(
      'ring 101 by the end of 3 February 2025, no later than 28 February 2025',
    );
    await expect(detail.getByText(/Reported by a colleague: police reference/)).toBeVisible();
  },
};
