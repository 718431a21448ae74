// Generated from hiddenHarmFixtures by packages/react/scripts/generate-scenario-stories.ts: do not edit.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ScenarioOutcome } from '../../outcome/ScenarioOutcome.tsx';

/** One story per clinical scenario of Adult hidden harm and Think Family, with the DASH risk checklist: its outcome and its answers. */
const meta = {
  title: 'Proformas/Hidden harm/Scenarios',
  component: ScenarioOutcome,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ScenarioOutcome>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Scenario01: Story = {
  name: 'Father in alcohol withdrawal whose 15-year-old son has a social worker',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Father in alcohol withdrawal whose 15-year-old son has a social worker',
  },
};
export const Scenario02: Story = {
  name: 'Young mother after self-harm and drug misuse, her 3-year-old daughter at nursery',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Young mother after self-harm and drug misuse, her 3-year-old daughter at nursery',
  },
};
export const Scenario03: Story = {
  name: 'Woman telling of domestic abuse, risk checklist score 13, who sees her children only supervised',
  args: {
    proforma: 'hidden-harm',
    scenario:
      'Woman telling of domestic abuse, risk checklist score 13, who sees her children only supervised',
  },
};
export const Scenario04: Story = {
  name: 'Pregnant 19-year-old telling of domestic abuse, risk checklist score 14',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Pregnant 19-year-old telling of domestic abuse, risk checklist score 14',
  },
};
export const Scenario05: Story = {
  name: 'Older man with care needs telling of abuse, three incidents this year, who declined the checklist',
  args: {
    proforma: 'hidden-harm',
    scenario:
      'Older man with care needs telling of abuse, three incidents this year, who declined the checklist',
  },
};
export const Scenario06: Story = {
  name: 'Intoxicated father whose 11-year-old is at home alone',
  args: { proforma: 'hidden-harm', scenario: 'Intoxicated father whose 11-year-old is at home alone' },
};
export const Scenario07: Story = {
  name: 'Intoxicated father whose 12-year-old is at home alone until he gets back tonight',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Intoxicated father whose 12-year-old is at home alone until he gets back tonight',
  },
};
export const Scenario08: Story = {
  name: 'Intoxicated father whose 12-year-old will be on their own overnight',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Intoxicated father whose 12-year-old will be on their own overnight',
  },
};
export const Scenario09: Story = {
  name: 'Mother in a mental-health crisis who speaks of harming her 8-month-old baby, here with her',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Mother in a mental-health crisis who speaks of harming her 8-month-old baby, here with her',
  },
};
export const Scenario10: Story = {
  name: 'Woman in a mental-health crisis who speaks of harming a neighbour’s baby she could reach',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Woman in a mental-health crisis who speaks of harming a neighbour’s baby she could reach',
  },
};
export const Scenario11: Story = {
  name: 'Mother admitted after self-harm whose 15-year-old son would be home alone overnight',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Mother admitted after self-harm whose 15-year-old son would be home alone overnight',
  },
};
export const Scenario12: Story = {
  name: 'Mother admitted after self-harm whose 16-year-old son would be home alone overnight',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Mother admitted after self-harm whose 16-year-old son would be home alone overnight',
  },
};
export const Scenario13: Story = {
  name: 'Man assaulted by his partner, who is waiting outside, with his 4-year-old every other weekend',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Man assaulted by his partner, who is waiting outside, with his 4-year-old every other weekend',
  },
};
export const Scenario14: Story = {
  name: 'Man assaulted by his partner, who is waiting outside, who sees his child only supervised',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Man assaulted by his partner, who is waiting outside, who sees his child only supervised',
  },
};
export const Scenario15: Story = {
  name: 'Adult after an overdose with no children or other dependants',
  args: { proforma: 'hidden-harm', scenario: 'Adult after an overdose with no children or other dependants' },
};
export const Scenario16: Story = {
  name: 'Risk checklist score exactly 14 without question 3: MARAC',
  args: { proforma: 'hidden-harm', scenario: 'Risk checklist score exactly 14 without question 3: MARAC' },
};
export const Scenario17: Story = {
  name: 'Risk checklist score 13, one below the MARAC threshold',
  args: { proforma: 'hidden-harm', scenario: 'Risk checklist score 13, one below the MARAC threshold' },
};
export const Scenario18: Story = {
  name: 'Three incidents in 12 months, checklist declined: MARAC for potential escalation',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Three incidents in 12 months, checklist declined: MARAC for potential escalation',
  },
};
export const Scenario19: Story = {
  name: 'Two incidents in 12 months, checklist declined: offer of support only',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Two incidents in 12 months, checklist declined: offer of support only',
  },
};
export const Scenario20: Story = {
  name: 'Drinking parent of a 4-year-old at nursery: health visitor told',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Drinking parent of a 4-year-old at nursery: health visitor told',
  },
};
export const Scenario21: Story = {
  name: 'Drinking parent of a 5-year-old at school: school nurse told',
  args: { proforma: 'hidden-harm', scenario: 'Drinking parent of a 5-year-old at school: school nurse told' },
};
export const Scenario22: Story = {
  name: 'Child at home alone who turns 12 tomorrow',
  args: { proforma: 'hidden-harm', scenario: 'Child at home alone who turns 12 tomorrow' },
};
export const Scenario23: Story = {
  name: 'Child at home alone whose 12th birthday is today',
  args: { proforma: 'hidden-harm', scenario: 'Child at home alone whose 12th birthday is today' },
};
export const Scenario24: Story = {
  name: 'Father assaulted in the street; his 7-year-old saw it',
  args: { proforma: 'hidden-harm', scenario: 'Father assaulted in the street; his 7-year-old saw it' },
};
export const Scenario25: Story = {
  name: 'Intoxicated man whose partner is pregnant',
  args: { proforma: 'hidden-harm', scenario: 'Intoxicated man whose partner is pregnant' },
};
export const Scenario26: Story = {
  name: 'Woman after self-harm who cares for her disabled father, left alone tonight',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Woman after self-harm who cares for her disabled father, left alone tonight',
  },
};
export const Scenario27: Story = {
  name: 'Father with a sprained ankle whose son is on a child protection plan',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Father with a sprained ankle whose son is on a child protection plan',
  },
};
export const Scenario28: Story = {
  name: 'Woman brought in with her partner after suspected abuse, never seen alone',
  args: {
    proforma: 'hidden-harm',
    scenario: 'Woman brought in with her partner after suspected abuse, never seen alone',
  },
};
