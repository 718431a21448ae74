import { LEVEL_LABELS, type AssessmentContext } from '@proformas/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { registryOf, scenario } from '../../encounter/testing/fixtures.ts';
import { StoryPage } from '../../encounter/testing/StoryPage.tsx';
import { continueToOutcome, signOff } from '../../encounter/testing/storyWalk.ts';
import { FrequentAttenderForm } from './FrequentAttenderForm.tsx';

const child: AssessmentContext = {
  patient: { dateOfBirth: '2016-01-12', sex: 'male' },
  attendance: {
    arrivedAt: '2025-03-10T10:00:00+00:00',
    providerId: 'RX1',
    departmentType: '03',
    category: 'unplanned',
  },
};
const green = scenario(
  'frequent-attender',
  '7-year-old with a clean history: nothing to ask, complete when the lookup returns',
);
const severe = scenario(
  'frequent-attender',
  '12-year-old girl at a planned follow-up: the clinician refers to the MASH',
);
const many = scenario(
  'frequent-attender',
  '12-year-old with four visits at two providers: many providers escalates',
);
const registry = (fixture: typeof green) => {
  const { records, nhsNumber } = registryOf(fixture);
  return { nhsNumber, lookup: () => Promise.resolve(records) };
};

const meta = {
  title: 'Proformas/Frequent attender',
  component: FrequentAttenderForm,
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <StoryPage>
        <Story />
      </StoryPage>
    ),
  ],
  args: { context: child, storage: null, onSignedOff: fn() },
} satisfies Meta<typeof FrequentAttenderForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A 9-year-old boy with no verified NHS number: the history cannot be checked (FA-U), never zero. */
export const Default: Story = {};

/** The registry is down: the failure is shown with Try again, and the level is at least NOTIFY. */
export const RegistryNotAvailable: Story = {
  name: 'The registry is not available',
  args: { nhsNumber: '9990000026', lookup: () => Promise.reject(new Error('503 Service Unavailable')) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'The attendance history is not available' }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.getByRole('status', { name: 'Safeguarding level' })).toHaveTextContent(
      LEVEL_LABELS.NOTIFY,
    );
  },
};

/** Four visits at two places: the visits listed by provider. */
export const VisitsByProvider: Story = {
  name: 'Four visits at two places',
  args: { context: many.context, ...registry(many) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 1, name: /Listing/ })).toBeVisible();
    await expect(canvas.getByText('Earlier visits, by the place they were made:')).toBeVisible();
  },
};

/** A clean history: the lookup returns, nothing to ask, no concern and sign-off. */
export const NoConcernToSignOff: Story = {
  name: 'Clean history, to sign-off',
  args: { context: green.context, ...registry(green) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 1, name: /Listing/ })).toBeVisible();
    await continueToOutcome(canvas);
    await expect(canvas.getByText(LEVEL_LABELS.NO_CONCERN)).toHaveClass('nhsuk-tag--green');
    await signOff(canvas, args.onSignedOff);
  },
};

/** The clinician reviews the visits and refers to the MASH: the most severe outcome (REFER). */
export const ReferPath: Story = {
  name: 'Refer: the clinician refers to the MASH',
  args: { context: severe.context, ...registry(severe) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const choose = async (question: string, option: string) =>
      userEvent.click(
        within(canvas.getByRole('group', { name: question })).getByRole('radio', { name: option }),
      );
    await expect(await canvas.findByRole('heading', { level: 1, name: /Listing/ })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Reviewing');
    await choose('Have you read through the earlier visits listed?', 'Yes');
    await userEvent.click(
      within(canvas.getByRole('group', { name: 'What do you notice about the visits?' })).getByRole(
        'checkbox',
        { name: 'Nothing of note' },
      ),
    );
    await choose(
      'Is there a reasonable explanation for the number of visits?',
      'One illness with return visits',
    );
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'What explanation was given, and by whom?' }),
      'Her mother says the visits were for one chest infection.',
    );
    await choose(
      'What have you decided?',
      'The child may be suffering, or likely to suffer, significant harm: phone the MASH now',
    );
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Why? (plain words: this goes into the notification)' }),
      'She says she is scared to go home.',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    if (/Discussing/.test(canvas.getByRole('heading', { level: 1 }).textContent ?? '')) {
      await choose(
        'Discussion with the safeguarding lead or senior clinician',
        'Discussed before the child left',
      );
      await userEvent.type(
        canvas.getByRole('textbox', { name: 'Who did you discuss it with (name and role)?' }),
        'Sam Patel, named nurse for safeguarding',
      );
    }
    await continueToOutcome(canvas);
    await expect(
      canvas.getByRole('heading', { level: 2, name: new RegExp(LEVEL_LABELS.REFER) }),
    ).toBeVisible();
    await signOff(canvas, args.onSignedOff);
  },
};
