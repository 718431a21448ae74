import { LEVEL_LABELS, PROFORMA_TITLES, type AssessmentContext } from '@proformas/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { EncounterView } from './EncounterView.tsx';
import type { FormRecords } from './encounterRecords.ts';
import { scenario } from './testing/fixtures.ts';
import { StoryPage } from './testing/StoryPage.tsx';
import { acknowledgeEmergency, continueToOutcome, signOff } from './testing/storyWalk.ts';

const girl: AssessmentContext = {
  patient: { dateOfBirth: '2009-11-03', sex: 'female' },
  attendance: {
    arrivedAt: '2025-03-10T10:00:00+00:00',
    providerId: 'RX1',
    departmentType: '04',
    category: 'unplanned',
    reasons: ['sexual-health'],
  },
};
const green = scenario('hidden-harm', 'Adult after an overdose with no children or other dependants');
const severe = scenario('hidden-harm', 'Intoxicated father whose 11-year-old is at home alone');
const withReasons = (context: AssessmentContext, reasons: AssessmentContext['attendance']['reasons']) => ({
  ...context,
  attendance: { ...context.attendance, reasons },
});
const adultWoman = withReasons({ ...green.context, patient: { ...green.context.patient, sex: 'female' } }, [
  'self-harm',
]);

/** Storage holding an encounter's records, so a story can open on forms already done. */
const storageWith = (key: string, records: FormRecords) => {
  const data = new Map([[`${key}:encounter`, JSON.stringify(records)]]);
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
};
const cse = scenario('cse', '15-year-old girl asking for emergency contraception whose partner is 18');

const meta = {
  title: 'Encounter/Encounter view',
  component: EncounterView,
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <StoryPage>
        <Story />
      </StoryPage>
    ),
  ],
  args: { context: girl, storage: null, onFormSignedOff: fn(), onOutcome: fn() },
} satisfies Meta<typeof EncounterView>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A 15-year-old girl at a walk-in centre for sexual health: the forms suggested, each with its reason. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 3, name: PROFORMA_TITLES.cse })).toBeVisible();
    await expect(canvas.getByText(/^Required: a sexual-health or sexual-assault attendance/)).toBeVisible();
  },
};

/** An adult after self-harm: decline the offered FGM form with a reason, run hidden harm, see the outcome. */
export const AdultToOutcome: Story = {
  name: 'Adult after self-harm: one form declined, one run, the outcome',
  args: { context: adultWoman, prefill: { 'hidden-harm': green.answers } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: `Decline ${PROFORMA_TITLES.fgm}` }));
    await userEvent.type(
      canvas.getByRole('textbox', { name: `Why are you not doing the ${PROFORMA_TITLES.fgm} form?` }),
      'No concern about FGM was raised today.',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Decline this form' }));
    await expect(canvas.getByText('Declined: No concern about FGM was raised today.')).toBeVisible();
    await userEvent.click(
      canvas.getByRole('button', { name: `Start the next required form: ${PROFORMA_TITLES['hidden-harm']}` }),
    );
    await continueToOutcome(canvas);
    await signOff(canvas, args.onFormSignedOff, 'hidden-harm');
    await userEvent.click(canvas.getByRole('button', { name: 'See the outcome for this attendance' }));
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Outcome for this attendance');
    await expect(canvas.getByText(LEVEL_LABELS.NO_CONCERN)).toHaveClass('nhsuk-tag--green');
    await expect(canvas.getByRole('heading', { name: 'Forms declined' })).toBeVisible();
  },
};

/** A father whose 11-year-old is home alone: the emergency card the moment the form opens. */
export const EmergencyFromAForm: Story = {
  name: 'Emergency from a form',
  args: {
    context: withReasons(severe.context, ['intoxication']),
    prefill: { 'hidden-harm': severe.answers },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /the next required form/ }));
    await acknowledgeEmergency(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Back to the forms for this attendance' }));
    await expect(canvas.getByRole('status', { name: 'Level for this attendance' })).toHaveTextContent(
      LEVEL_LABELS.EMERGENCY,
    );
  },
};

/** The CSE screen signed off and the registry not available: the combined outcome, provisional. */
export const CombinedOutcome: Story = {
  name: 'Combined outcome (provisional)',
  args: {
    context: cse.context,
    persistKey: 'story',
    storage: storageWith('story', {
      cse: {
        status: 'signed-off',
        answers: cse.answers,
        signedOff: { name: 'Alex Morgan', role: 'Nurse', at: '2025-03-10T11:00:00Z' },
      },
      'frequent-attender': { status: 'in-progress', answers: {} },
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'See the outcome for this attendance' }));
    await expect(canvas.getByText('Provisional')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Child sexual exploitation: risk band' })).toBeVisible();
    await expect(
      canvas.getByRole('region', { name: 'Attendances at urgent and emergency care' }),
    ).toBeVisible();
  },
};

const fourthVisit = scenario(
  'frequent-attender',
  '2-year-old girl with a fourth visit in a year for illness (frequent attender, no escalator)',
);

/** A frequent attender's banner stays on the encounter screen, with the form it comes from. */
export const FormBannerOnTheEncounter: Story = {
  name: 'A form’s banner on the encounter screen',
  args: {
    context: fourthVisit.context,
    persistKey: 'story-banner',
    storage: storageWith('story-banner', {
      'frequent-attender': {
        status: 'in-progress',
        answers: fourthVisit.answers,
        formContext: fourthVisit.context,
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 2, name: 'Do this now' }).parentElement,
    ).toHaveTextContent('Tell the safeguarding lead by the end of the next working day');
  },
};
