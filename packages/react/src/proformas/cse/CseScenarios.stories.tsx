// Generated from cseFixtures by packages/react/scripts/generate-scenario-stories.ts: do not edit.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ScenarioOutcome } from '../../outcome/ScenarioOutcome.tsx';

/** One story per clinical scenario of Child sexual exploitation (CSE) traffic-light screen: its outcome and its answers. */
const meta = {
  title: 'Proformas/CSE/Scenarios',
  component: ScenarioOutcome,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ScenarioOutcome>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Scenario01: Story = {
  name: '15-year-old girl asking for emergency contraception whose partner is 18',
  args: {
    proforma: 'cse',
    scenario: '15-year-old girl asking for emergency contraception whose partner is 18',
  },
};
export const Scenario02: Story = {
  name: '13-year-old boy with an STI whose partner is 17 (age gap exactly 4)',
  args: { proforma: 'cse', scenario: '13-year-old boy with an STI whose partner is 17 (age gap exactly 4)' },
};
export const Scenario03: Story = {
  name: '13-year-old boy with an STI whose partner is 17, at a site whose age-gap setting is 5',
  args: {
    proforma: 'cse',
    scenario: '13-year-old boy with an STI whose partner is 17, at a site whose age-gap setting is 5',
  },
};
export const Scenario04: Story = {
  name: '16-year-old asking for contraception who experiments with alcohol; partner 19; GP not to be told',
  args: {
    proforma: 'cse',
    scenario:
      '16-year-old asking for contraception who experiments with alcohol; partner 19; GP not to be told',
  },
};
export const Scenario05: Story = {
  name: '17-year-old asking for a pregnancy test whose partner, aged 24, is her sports coach',
  args: {
    proforma: 'cse',
    scenario: '17-year-old asking for a pregnancy test whose partner, aged 24, is her sports coach',
  },
};
export const Scenario06: Story = {
  name: '16-year-old boy disclosing a sexual assault 7 days ago (forensic window still open)',
  args: {
    proforma: 'cse',
    scenario: '16-year-old boy disclosing a sexual assault 7 days ago (forensic window still open)',
  },
};
export const Scenario07: Story = {
  name: '16-year-old boy disclosing a sexual assault 8 days ago (non-recent: SARC via the strategy discussion)',
  args: {
    proforma: 'cse',
    scenario:
      '16-year-old boy disclosing a sexual assault 8 days ago (non-recent: SARC via the strategy discussion)',
  },
};
export const Scenario08: Story = {
  name: '10-year-old girl not in school, screened on clinician concern (under-13 floor)',
  args: {
    proforma: 'cse',
    scenario: '10-year-old girl not in school, screened on clinician concern (under-13 floor)',
  },
};
export const Scenario09: Story = {
  name: '14-year-old asking for emergency contraception who does not understand the advice (Fraser not met)',
  args: {
    proforma: 'cse',
    scenario:
      '14-year-old asking for emergency contraception who does not understand the advice (Fraser not met)',
  },
};
export const Scenario10: Story = {
  name: '16-year-old asking for emergency contraception; the man who drove her is waiting for her',
  args: {
    proforma: 'cse',
    scenario: '16-year-old asking for emergency contraception; the man who drove her is waiting for her',
  },
};
export const Scenario11: Story = {
  name: '14-year-old with a positive pregnancy test here (pregnant at 13–15)',
  args: { proforma: 'cse', scenario: '14-year-old with a positive pregnancy test here (pregnant at 13–15)' },
};
export const Scenario12: Story = {
  name: '14-year-old asking for a pregnancy test who was not seen alone (she wanted her mother to stay)',
  args: {
    proforma: 'cse',
    scenario:
      '14-year-old asking for a pregnancy test who was not seen alone (she wanted her mother to stay)',
  },
};
export const Scenario13: Story = {
  name: '14-year-old asking for a pregnancy test, seen alone, nothing of concern',
  args: {
    proforma: 'cse',
    scenario: '14-year-old asking for a pregnancy test, seen alone, nothing of concern',
  },
};
export const Scenario14: Story = {
  name: '13-year-old boy brought in intoxicated who would not say much: 5 signs not known',
  args: {
    proforma: 'cse',
    scenario: '13-year-old boy brought in intoxicated who would not say much: 5 signs not known',
  },
};
export const Scenario15: Story = {
  name: '13-year-old boy brought in intoxicated: 4 signs not known (one below the floor)',
  args: {
    proforma: 'cse',
    scenario: '13-year-old boy brought in intoxicated: 4 signs not known (one below the floor)',
  },
};
export const Scenario16: Story = {
  name: '16-year-old asking for emergency contraception; the man who drove her is waiting (screen finished)',
  args: {
    proforma: 'cse',
    scenario:
      '16-year-old asking for emergency contraception; the man who drove her is waiting (screen finished)',
  },
};
export const Scenario17: Story = {
  name: '15-year-old asking for emergency contraception whose partner is 17 (one below an adult partner)',
  args: {
    proforma: 'cse',
    scenario:
      '15-year-old asking for emergency contraception whose partner is 17 (one below an adult partner)',
  },
};
export const Scenario18: Story = {
  name: '16-year-old asking for contraception whose partner is 18 (the adult-partner rule stops at 16)',
  args: {
    proforma: 'cse',
    scenario: '16-year-old asking for contraception whose partner is 18 (the adult-partner rule stops at 16)',
  },
};
export const Scenario19: Story = {
  name: '12-year-old girl asking for emergency contraception (under 13)',
  args: { proforma: 'cse', scenario: '12-year-old girl asking for emergency contraception (under 13)' },
};
export const Scenario20: Story = {
  name: '13-year-old girl asking for emergency contraception, partner 13, nothing of concern',
  args: {
    proforma: 'cse',
    scenario: '13-year-old girl asking for emergency contraception, partner 13, nothing of concern',
  },
};
export const Scenario21: Story = {
  name: '12-year-old with genital soreness who says they have had sexual contact',
  args: {
    proforma: 'cse',
    scenario: '12-year-old with genital soreness who says they have had sexual contact',
  },
};
export const Scenario22: Story = {
  name: '15-year-old with an STI already diagnosed (sexual activity under 16)',
  args: { proforma: 'cse', scenario: '15-year-old with an STI already diagnosed (sexual activity under 16)' },
};
export const Scenario23: Story = {
  name: '16-year-old with an STI already diagnosed (S17 is not asked from 16)',
  args: { proforma: 'cse', scenario: '16-year-old with an STI already diagnosed (S17 is not asked from 16)' },
};
export const Scenario24: Story = {
  name: '15-year-old asking for contraception who was not seen alone',
  args: { proforma: 'cse', scenario: '15-year-old asking for contraception who was not seen alone' },
};
export const Scenario25: Story = {
  name: '16-year-old asking for contraception who was not seen alone (the floor stops at 16)',
  args: {
    proforma: 'cse',
    scenario: '16-year-old asking for contraception who was not seen alone (the floor stops at 16)',
  },
};
export const Scenario26: Story = {
  name: '16-year-old with a learning disability asking for contraception (never rated low)',
  args: {
    proforma: 'cse',
    scenario: '16-year-old with a learning disability asking for contraception (never rated low)',
  },
};
export const Scenario27: Story = {
  name: '16-year-old living in a residential home asking for contraception (G1 from where they live)',
  args: {
    proforma: 'cse',
    scenario: '16-year-old living in a residential home asking for contraception (G1 from where they live)',
  },
};
export const Scenario28: Story = {
  name: '17-year-old who met her 18-year-old partner online (M6 from how they met)',
  args: {
    proforma: 'cse',
    scenario: '17-year-old who met her 18-year-old partner online (M6 from how they met)',
  },
};
export const Scenario29: Story = {
  name: '16-year-old who will not say how old her partner is (M3 from the partner age)',
  args: {
    proforma: 'cse',
    scenario: '16-year-old who will not say how old her partner is (M3 from the partner age)',
  },
};
export const Scenario30: Story = {
  name: '16-year-old asking for contraception whom the clinician judges at high risk',
  args: {
    proforma: 'cse',
    scenario: '16-year-old asking for contraception whom the clinician judges at high risk',
  },
};
export const Scenario31: Story = {
  name: '15-year-old girl disclosing a sexual assault on a date she does not know (SARC now)',
  args: {
    proforma: 'cse',
    scenario: '15-year-old girl disclosing a sexual assault on a date she does not know (SARC now)',
  },
};
export const Scenario32: Story = {
  name: '16-year-old arriving at 00:30 in summer, assaulted 8 London days before (window closed)',
  args: {
    proforma: 'cse',
    scenario: '16-year-old arriving at 00:30 in summer, assaulted 8 London days before (window closed)',
  },
};
