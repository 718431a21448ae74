import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CseEcNotice } from './CseEcNotice.tsx';
import { FormDetail } from './FormDetail.tsx';
import { ScenarioDetail } from './ScenarioDetail.tsx';

/** Each form's detail on the outcome, from its clinical scenarios. */
const meta = {
  title: 'Outcome/Form detail',
  component: ScenarioDetail,
} satisfies Meta<typeof ScenarioDetail>;
export default meta;
type Story = StoryObj<typeof meta>;

const rowValue = (canvasElement: HTMLElement, key: string) =>
  within(canvasElement).getByText(key, { selector: 'dt' }).nextElementSibling;

/** Hidden harm: DASH score at the MARAC threshold, with professional judgement and incidents. */
export const HiddenHarmDash: Story = {
  name: 'Hidden harm: DASH score 14 (MARAC)',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Pregnant 19-year-old telling of domestic abuse, risk checklist score 14',
  },
  play: async ({ canvasElement }) => {
    await expect(rowValue(canvasElement, 'DASH score')).toHaveTextContent('14 of 24');
    await expect(rowValue(canvasElement, 'MARAC threshold')).toHaveTextContent('14 or more');
    await expect(
      within(canvasElement).getByText('Professional judgement: high risk', { selector: 'dt' }),
    ).toBeInTheDocument();
  },
};

/** Hidden harm: the checklist declined, MARAC on three incidents (potential escalation). */
export const HiddenHarmEscalation: Story = {
  name: 'Hidden harm: checklist declined, three incidents',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Three incidents in 12 months, checklist declined: MARAC for potential escalation',
  },
  play: async ({ canvasElement }) => {
    await expect(rowValue(canvasElement, 'DASH score')).toHaveTextContent('did not agree');
    await expect(rowValue(canvasElement, 'MARAC referral')).toHaveTextContent('potential escalation');
  },
};

/** CSE: a red band (the emergency-contraception message goes above the level: CseEcNotice). */
export const CseRed: Story = {
  name: 'CSE: red band',
  args: {
    proforma: 'cse',
    scenario: '15-year-old girl asking for emergency contraception whose partner is 18',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('High (red)')).toHaveClass('nhsuk-tag--red');
  },
};

/** CSE: an amber band from a floor. */
export const CseAmber: Story = {
  name: 'CSE: amber band (learning disability floor)',
  args: {
    proforma: 'cse',
    scenario: '16-year-old with a learning disability asking for contraception (never rated low)',
  },
};

/** FGM: two reporters, each with the due date; one police reference, one outstanding. */
export const FgmPoliceReports: Story = {
  name: 'FGM: police reports per person',
  args: {
    proforma: 'fgm',
    scenario:
      '15-year-old: her school nurse already reported, so the triage nurse records that reference; the doctor still reports',
  },
  play: async ({ canvasElement }) => {
    await expect(rowValue(canvasElement, 'Report due by')).toHaveTextContent('3 February 2025');
    await expect(within(canvasElement).getByText(/Police report outstanding for/)).toBeVisible();
  },
};

/** FGM: the FGM-IS indicator per girl (a daughter added, a daughter who has had FGM not added). */
export const FgmIsPerGirl: Story = {
  name: 'FGM: FGM-IS indicator per girl',
  args: {
    proforma: 'fgm',
    scenario: 'Woman with FGM whose daughter is 17 (18 tomorrow): FGM-IS indicator for the daughter',
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/Add the indicator for/)).toBeVisible();
  },
};

/** Frequent attender: the counts and the visits by provider. */
export const FrequentAttenderByProvider: Story = {
  name: 'Frequent attender: visits by provider',
  args: {
    proforma: 'frequent-attender',
    scenario: '12-year-old with four visits at two providers: many providers escalates',
  },
  play: async ({ canvasElement }) => {
    await expect(rowValue(canvasElement, 'Frequent-attender level')).toHaveTextContent('FA3');
    await expect(within(canvasElement).getAllByRole('table').length).toBeGreaterThanOrEqual(2);
  },
};

/** Frequent attender: the history could not be checked, so the counts read "at least". */
export const FrequentAttenderUnavailable: Story = {
  name: 'Frequent attender: history not available',
  args: {
    proforma: 'frequent-attender',
    scenario: '4-year-old girl, registry error: the family reports three A&E visits elsewhere',
  },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText('The attendance history could not be checked.'),
    ).toBeVisible();
    await expect(rowValue(canvasElement, 'Different places in that time')).toHaveTextContent('at least');
  },
};

/** The detail alone (Assessment.detail without the evaluation): only what detail holds. */
export const DetailOnly: StoryObj<typeof FormDetail> = {
  name: 'Detail only (from an Assessment)',
  render: () => (
    <FormDetail
      proforma="hidden-harm"
      detail={{ dashScore: 15, maracRoutes: ['visible-high-risk'], householdFactors: ['da'] }}
    />
  ),
};

/** CSE: the emergency-contraception message (C-R7), shown first on the outcome. */
export const CseEmergencyContraception: StoryObj<typeof CseEcNotice> = {
  name: 'CSE: emergency contraception not delayed',
  render: () => <CseEcNotice detail={{ ecDoNotDelay: true }} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/Give emergency contraception now/)).toBeVisible();
  },
};
