// Generated from paediatricTriageFixtures by packages/react/scripts/generate-scenario-stories.ts: do not edit.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { FixtureOutcome } from './FixtureOutcome.tsx';

/** One story per clinical scenario of the paediatric triage: its outcome and its answers. */
const meta = {
  title: 'Proformas/Paediatric triage/Scenarios',
  component: FixtureOutcome,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof FixtureOutcome>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Scenario01: Story = {
  name: '5-month-old baby with a bruise (not yet mobile)',
  args: { scenario: '5-month-old baby with a bruise (not yet mobile)' },
};
export const Scenario02: Story = {
  name: '9-year-old boy who cannot move about independently, with a bruise',
  args: { scenario: '9-year-old boy who cannot move about independently, with a bruise' },
};
export const Scenario03: Story = {
  name: '11-month-old who crawls, head injury with a 50 mm bruise (not over the threshold)',
  args: { scenario: '11-month-old who crawls, head injury with a 50 mm bruise (not over the threshold)' },
};
export const Scenario04: Story = {
  name: '11-month-old who crawls, head injury with a 51 mm bruise (transfer for CT)',
  args: { scenario: '11-month-old who crawls, head injury with a 51 mm bruise (transfer for CT)' },
};
export const Scenario05: Story = {
  name: '2-year-old (24 months today) who walks, with bruising on a protected site',
  args: { scenario: '2-year-old (24 months today) who walks, with bruising on a protected site' },
};
export const Scenario06: Story = {
  name: '7-year-old girl who says she was hit, and the carer is taking her away',
  args: { scenario: '7-year-old girl who says she was hit, and the carer is taking her away' },
};
export const Scenario07: Story = {
  name: '15-year-old boy (16 tomorrow) who came alone with a cut',
  args: { scenario: '15-year-old boy (16 tomorrow) who came alone with a cut' },
};
export const Scenario08: Story = {
  name: '16-year-old boy (16 today) who came alone with a cut',
  args: { scenario: '16-year-old boy (16 today) who came alone with a cut' },
};
export const Scenario09: Story = {
  name: '16-year-old who came alone for contraception and does not want the GP told (confidential letter)',
  args: {
    scenario:
      '16-year-old who came alone for contraception and does not want the GP told (confidential letter)',
  },
};
export const Scenario10: Story = {
  name: '12-year-old with an allocated social worker who is a frequent attender (FA2)',
  args: { scenario: '12-year-old with an allocated social worker who is a frequent attender (FA2)' },
};
export const Scenario11: Story = {
  name: '12-year-old with an allocated social worker who is a frequent attender (FA3)',
  args: { scenario: '12-year-old with an allocated social worker who is a frequent attender (FA3)' },
};
export const Scenario12: Story = {
  name: '12-year-old with an allocated social worker, triage alone (no frequent-attender result yet)',
  args: {
    scenario: '12-year-old with an allocated social worker, triage alone (no frequent-attender result yet)',
  },
};
export const Scenario13: Story = {
  name: '5-year-old (5 today) in foster care, not registered with a GP',
  args: { scenario: '5-year-old (5 today) in foster care, not registered with a GP' },
};
export const Scenario14: Story = {
  name: '20-month-old who walks, drowsy after swallowing methadone',
  args: { scenario: '20-month-old who walks, drowsy after swallowing methadone' },
};
export const Scenario15: Story = {
  name: '20-month-old who walks, swallowed a household product',
  args: { scenario: '20-month-old who walks, swallowed a household product' },
};
export const Scenario16: Story = {
  name: '5-year-old (5 today) who swallowed a household product',
  args: { scenario: '5-year-old (5 today) who swallowed a household product' },
};
export const Scenario17: Story = {
  name: '14-year-old boy brought by the police with a stab wound, carrying cash and phones',
  args: { scenario: '14-year-old boy brought by the police with a stab wound, carrying cash and phones' },
};
export const Scenario18: Story = {
  name: '14-year-old boy with a parent, accidental kitchen-knife cut',
  args: { scenario: '14-year-old boy with a parent, accidental kitchen-knife cut' },
};
export const Scenario19: Story = {
  name: '13-year-old non-verbal disabled boy who cannot move independently, with a suspected fracture',
  args: {
    scenario: '13-year-old non-verbal disabled boy who cannot move independently, with a suspected fracture',
  },
};
export const Scenario20: Story = {
  name: '13-year-old non-verbal disabled boy with a suspected fracture, mobility not yet recorded (B6 blank)',
  args: {
    scenario:
      '13-year-old non-verbal disabled boy with a suspected fracture, mobility not yet recorded (B6 blank)',
  },
};
export const Scenario21: Story = {
  name: '6-month-old (6 today) who crawls, with a bruise: B6 asked, mobile',
  args: { scenario: '6-month-old (6 today) who crawls, with a bruise: B6 asked, mobile' },
};
export const Scenario22: Story = {
  name: '6-month-old (6 today) who cannot yet move about, with a bruise',
  args: { scenario: '6-month-old (6 today) who cannot yet move about, with a bruise' },
};
export const Scenario23: Story = {
  name: '15-year-old with cerebral palsy who cannot move independently, with a bruise',
  args: { scenario: '15-year-old with cerebral palsy who cannot move independently, with a bruise' },
};
export const Scenario24: Story = {
  name: '23-month-old who walks, with bruising on a protected site (consultant review today)',
  args: { scenario: '23-month-old who walks, with bruising on a protected site (consultant review today)' },
};
export const Scenario25: Story = {
  name: '1-year-old (12 months today) with a 60 mm head bruise: the under-1 CT rule no longer applies',
  args: {
    scenario: '1-year-old (12 months today) with a 60 mm head bruise: the under-1 CT rule no longer applies',
  },
};
export const Scenario26: Story = {
  name: '4-year-old with a chest infection (health visitor until 5)',
  args: { scenario: '4-year-old with a chest infection (health visitor until 5)' },
};
export const Scenario27: Story = {
  name: '3-year-old whose drunk father is trying to take him out of the department',
  args: { scenario: '3-year-old whose drunk father is trying to take him out of the department' },
};
export const Scenario28: Story = {
  name: '12-year-old girl asking for emergency contraception',
  args: { scenario: '12-year-old girl asking for emergency contraception' },
};
export const Scenario29: Story = {
  name: '7-year-old girl with genital soreness and no clear medical cause',
  args: { scenario: '7-year-old girl with genital soreness and no clear medical cause' },
};
export const Scenario30: Story = {
  name: '13-year-old brought by an unrelated adult who does not hold parental responsibility',
  args: { scenario: '13-year-old brought by an unrelated adult who does not hold parental responsibility' },
};
export const Scenario31: Story = {
  name: '14-year-old who ran away from home and is reported missing to the police now',
  args: { scenario: '14-year-old who ran away from home and is reported missing to the police now' },
};
export const Scenario32: Story = {
  name: '14-year-old girl seeking contraception whom the CSE screen rates medium risk',
  args: { scenario: '14-year-old girl seeking contraception whom the CSE screen rates medium risk' },
};
export const Scenario33: Story = {
  name: '6-year-old on a child protection plan, with an unexplained delay after a burn',
  args: { scenario: '6-year-old on a child protection plan, with an unexplained delay after a burn' },
};
export const Scenario34: Story = {
  name: '16-year-old mother whose baby is at home on their own',
  args: { scenario: '16-year-old mother whose baby is at home on their own' },
};
export const Scenario35: Story = {
  name: '15-year-old who is pregnant and intoxicated',
  args: { scenario: '15-year-old who is pregnant and intoxicated' },
};
export const Scenario36: Story = {
  name: '17-year-old father who has self-harmed; his baby is with the mother',
  args: { scenario: '17-year-old father who has self-harmed; his baby is with the mother' },
};
export const Scenario37: Story = {
  name: '17-year-old controlled by a partner, Dash below the MARAC threshold',
  args: { scenario: '17-year-old controlled by a partner, Dash below the MARAC threshold' },
};
export const Scenario38: Story = {
  name: '17-year-old hurt by a partner, Dash at the MARAC threshold',
  args: { scenario: '17-year-old hurt by a partner, Dash at the MARAC threshold' },
};
export const Scenario39: Story = {
  name: '10-year-old showing signs of neglect whose carer is taking him home before the discussion',
  args: {
    scenario: '10-year-old showing signs of neglect whose carer is taking him home before the discussion',
  },
};
export const Scenario40: Story = {
  name: '8-year-old who left before treatment was finished; the nurse in charge completes the form',
  args: {
    scenario: '8-year-old who left before treatment was finished; the nurse in charge completes the form',
  },
};
export const Scenario41: Story = {
  name: '3-year-old taken home before a possible fracture was X-rayed',
  args: { scenario: '3-year-old taken home before a possible fracture was X-rayed' },
};
export const Scenario42: Story = {
  name: '10-year-old who is not on a school roll',
  args: { scenario: '10-year-old who is not on a school roll' },
};
export const Scenario43: Story = {
  name: '4-year-old with a chest infection; CP-IS could not be checked',
  args: { scenario: '4-year-old with a chest infection; CP-IS could not be checked' },
};
