// Generated from frequentAttenderFixtures by packages/react/scripts/generate-scenario-stories.ts: do not edit.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ScenarioOutcome } from '../../outcome/ScenarioOutcome.tsx';

/** One story per clinical scenario of Frequent-attender check: its outcome and its answers. */
const meta = {
  title: 'Proformas/Frequent attender/Scenarios',
  component: ScenarioOutcome,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ScenarioOutcome>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Scenario01: Story = {
  name: '10-year-old boy back for the third time in a year: the visit 364 days ago counts, 365 does not',
  args: {
    proforma: 'frequent-attender',
    scenario:
      '10-year-old boy back for the third time in a year: the visit 364 days ago counts, 365 does not',
  },
};
export const Scenario02: Story = {
  name: '2-year-old girl with a fourth visit in a year for illness (frequent attender, no escalator)',
  args: {
    proforma: 'frequent-attender',
    scenario: '2-year-old girl with a fourth visit in a year for illness (frequent attender, no escalator)',
  },
};
export const Scenario03: Story = {
  name: '2-year-old girl with a fourth visit in a year, today after an assault (escalates to FA3)',
  args: {
    proforma: 'frequent-attender',
    scenario: '2-year-old girl with a fourth visit in a year, today after an assault (escalates to FA3)',
  },
};
export const Scenario04: Story = {
  name: '15-year-old boy with four injury visits in six months: the visit 182 days ago is in the short window',
  args: {
    proforma: 'frequent-attender',
    scenario:
      '15-year-old boy with four injury visits in six months: the visit 182 days ago is in the short window',
  },
};
export const Scenario05: Story = {
  name: '15-year-old boy with four injury visits, the first 183 days ago (outside the short window): FA2',
  args: {
    proforma: 'frequent-attender',
    scenario:
      '15-year-old boy with four injury visits, the first 183 days ago (outside the short window): FA2',
  },
};
export const Scenario06: Story = {
  name: '6-year-old girl: a duplicate record, today’s own record and a record after today are not counted',
  args: {
    proforma: 'frequent-attender',
    scenario:
      '6-year-old girl: a duplicate record, today’s own record and a record after today are not counted',
  },
};
export const Scenario07: Story = {
  name: '11-year-old boy whose attendance history timed out: no other check possible, none found',
  args: {
    proforma: 'frequent-attender',
    scenario: '11-year-old boy whose attendance history timed out: no other check possible, none found',
  },
};
export const Scenario08: Story = {
  name: '4-year-old girl, registry error: the family reports three A&E visits elsewhere',
  args: {
    proforma: 'frequent-attender',
    scenario: '4-year-old girl, registry error: the family reports three A&E visits elsewhere',
  },
};
export const Scenario09: Story = {
  name: '8-year-old boy: a planned follow-up with a recorded concern escalates, though it is not counted',
  args: {
    proforma: 'frequent-attender',
    scenario:
      '8-year-old boy: a planned follow-up with a recorded concern escalates, though it is not counted',
  },
};
export const Scenario10: Story = {
  name: '12-year-old girl at a planned follow-up: the clinician refers to the MASH',
  args: {
    proforma: 'frequent-attender',
    scenario: '12-year-old girl at a planned follow-up: the clinician refers to the MASH',
  },
};
export const Scenario11: Story = {
  name: '3-year-old boy with a head injury today after an injury visit 40 days ago',
  args: {
    proforma: 'frequent-attender',
    scenario: '3-year-old boy with a head injury today after an injury visit 40 days ago',
  },
};
export const Scenario12: Story = {
  name: '5-year-old boy (5 years 0 months) with a head injury after an injury visit: V14 is not asked',
  args: {
    proforma: 'frequent-attender',
    scenario: '5-year-old boy (5 years 0 months) with a head injury after an injury visit: V14 is not asked',
  },
};
export const Scenario13: Story = {
  name: '9-year-old girl who left another unit before being seen: the pattern must be discussed',
  args: {
    proforma: 'frequent-attender',
    scenario: '9-year-old girl who left another unit before being seen: the pattern must be discussed',
  },
};
export const Scenario14: Story = {
  name: '9-year-old girl with three explained visits and no visit left before being seen',
  args: {
    proforma: 'frequent-attender',
    scenario: '9-year-old girl with three explained visits and no visit left before being seen',
  },
};
export const Scenario15: Story = {
  name: '9-year-old girl whose explanations for three visits keep changing',
  args: {
    proforma: 'frequent-attender',
    scenario: '9-year-old girl whose explanations for three visits keep changing',
  },
};
export const Scenario16: Story = {
  name: '7-year-old with a clean history: nothing to ask, complete when the lookup returns',
  args: {
    proforma: 'frequent-attender',
    scenario: '7-year-old with a clean history: nothing to ask, complete when the lookup returns',
  },
};
export const Scenario17: Story = {
  name: '10-year-old with two visits in a year (one below the repeat count): not a repeat attender',
  args: {
    proforma: 'frequent-attender',
    scenario: '10-year-old with two visits in a year (one below the repeat count): not a repeat attender',
  },
};
export const Scenario18: Story = {
  name: '12-year-old with four visits at two providers: many providers escalates',
  args: {
    proforma: 'frequent-attender',
    scenario: '12-year-old with four visits at two providers: many providers escalates',
  },
};
export const Scenario19: Story = {
  name: '12-year-old with four visits, out-of-hours GP visits not counted at this site: FA1',
  args: {
    proforma: 'frequent-attender',
    scenario: '12-year-old with four visits, out-of-hours GP visits not counted at this site: FA1',
  },
};
export const Scenario20: Story = {
  name: '13-year-old with a child protection plan and a fourth visit: tell the social worker',
  args: {
    proforma: 'frequent-attender',
    scenario: '13-year-old with a child protection plan and a fourth visit: tell the social worker',
  },
};
export const Scenario21: Story = {
  name: '14-year-old with an earlier self-harm visit and a fourth visit: escalating reason',
  args: {
    proforma: 'frequent-attender',
    scenario: '14-year-old with an earlier self-harm visit and a fourth visit: escalating reason',
  },
};
export const Scenario22: Story = {
  name: '4-year-old (4 years 11 months) with a head injury after an earlier injury visit',
  args: {
    proforma: 'frequent-attender',
    scenario: '4-year-old (4 years 11 months) with a head injury after an earlier injury visit',
  },
};
export const Scenario23: Story = {
  name: '6-year-old repeat attender with similar injuries: worried, discuss before leaving',
  args: {
    proforma: 'frequent-attender',
    scenario: '6-year-old repeat attender with similar injuries: worried, discuss before leaving',
  },
};
export const Scenario24: Story = {
  name: '11-year-old repeat attender with a social worker: the clinician tells the social worker',
  args: {
    proforma: 'frequent-attender',
    scenario: '11-year-old repeat attender with a social worker: the clinician tells the social worker',
  },
};
