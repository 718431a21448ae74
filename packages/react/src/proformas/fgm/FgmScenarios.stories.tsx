// Generated from fgmFixtures by packages/react/scripts/generate-scenario-stories.ts: do not edit.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ScenarioOutcome } from '../../outcome/ScenarioOutcome.tsx';

/** One story per clinical scenario of FGM: female genital mutilation and the police-report duty: its outcome and its answers. */
const meta = {
  title: 'Proformas/FGM/Scenarios',
  component: ScenarioOutcome,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ScenarioOutcome>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Scenario01: Story = {
  name: '16-year-old: FGM signs seen while catheterising for urinary retention (staff nurse reports)',
  args: {
    proforma: 'fgm',
    scenario: '16-year-old: FGM signs seen while catheterising for urinary retention (staff nurse reports)',
  },
};
export const Scenario02: Story = {
  name: '17-year-old tells the doctor on Christmas Eve, a professional also reports it (bank holidays skipped)',
  args: {
    proforma: 'fgm',
    scenario:
      '17-year-old tells the doctor on Christmas Eve, a professional also reports it (bank holidays skipped)',
  },
};
export const Scenario03: Story = {
  name: 'Girl the day before her 18th birthday tells the nurse she was cut: the duty still applies',
  args: {
    proforma: 'fgm',
    scenario: 'Girl the day before her 18th birthday tells the nurse she was cut: the duty still applies',
  },
};
export const Scenario04: Story = {
  name: '12-year-old whose aunt says she was cut; the girl has said nothing and no signs were seen',
  args: {
    proforma: 'fgm',
    scenario: '12-year-old whose aunt says she was cut; the girl has said nothing and no signs were seen',
  },
};
export const Scenario05: Story = {
  name: '15-year-old tells the triage nurse and the doctor on a Friday: two personal 101 reports (launched from triage B17)',
  args: {
    proforma: 'fgm',
    scenario:
      '15-year-old tells the triage nurse and the doctor on a Friday: two personal 101 reports (launched from triage B17)',
  },
};
export const Scenario06: Story = {
  name: '15-year-old: her school nurse already reported, so the triage nurse records that reference; the doctor still reports',
  args: {
    proforma: 'fgm',
    scenario:
      '15-year-old: her school nurse already reported, so the triage nurse records that reference; the doctor still reports',
  },
};
export const Scenario07: Story = {
  name: '15-year-old tells only a healthcare assistant: no personal duty, police told under local procedures',
  args: {
    proforma: 'fgm',
    scenario:
      '15-year-old tells only a healthcare assistant: no personal duty, police told under local procedures',
  },
};
export const Scenario08: Story = {
  name: '11-year-old whose mother has had FGM, flying to a country where FGM is common in 14 days',
  args: {
    proforma: 'fgm',
    scenario: '11-year-old whose mother has had FGM, flying to a country where FGM is common in 14 days',
  },
};
export const Scenario09: Story = {
  name: '11-year-old whose mother has had FGM, flying in 15 days: one day over the imminence window',
  args: {
    proforma: 'fgm',
    scenario: '11-year-old whose mother has had FGM, flying in 15 days: one day over the imminence window',
  },
};
export const Scenario10: Story = {
  name: '11-year-old whose mother has had FGM, flying today (0 days)',
  args: { proforma: 'fgm', scenario: '11-year-old whose mother has had FGM, flying today (0 days)' },
};
export const Scenario11: Story = {
  name: '11-year-old whose mother has had FGM; the planned date was yesterday (not imminent)',
  args: {
    proforma: 'fgm',
    scenario: '11-year-old whose mother has had FGM; the planned date was yesterday (not imminent)',
  },
};
export const Scenario12: Story = {
  name: '6-year-old already flagged on FGM-IS, mother has had FGM, no other girls',
  args: {
    proforma: 'fgm',
    scenario: '6-year-old already flagged on FGM-IS, mother has had FGM, no other girls',
  },
};
export const Scenario13: Story = {
  name: '10-year-old mentions a "special procedure"; her 13-year-old sister may or may not have been cut',
  args: {
    proforma: 'fgm',
    scenario:
      '10-year-old mentions a "special procedure"; her 13-year-old sister may or may not have been cut',
  },
};
export const Scenario14: Story = {
  name: '4-year-old flagged on FGM-IS (triage A7.1), long trip planned with no date yet',
  args: {
    proforma: 'fgm',
    scenario: '4-year-old flagged on FGM-IS (triage A7.1), long trip planned with no date yet',
  },
};
export const Scenario15: Story = {
  name: 'Girl the day before her 5th birthday whose mother has had FGM: health visitor',
  args: {
    proforma: 'fgm',
    scenario: 'Girl the day before her 5th birthday whose mother has had FGM: health visitor',
  },
};
export const Scenario16: Story = {
  name: 'Girl on her 5th birthday whose mother has had FGM: school nurse',
  args: { proforma: 'fgm', scenario: 'Girl on her 5th birthday whose mother has had FGM: school nurse' },
};
export const Scenario17: Story = {
  name: '8-year-old screened at triage: nothing found',
  args: { proforma: 'fgm', scenario: '8-year-old screened at triage: nothing found' },
};
export const Scenario18: Story = {
  name: 'Woman on her 18th birthday, cut at 6, accepts specialist support: no police report',
  args: {
    proforma: 'fgm',
    scenario: 'Woman on her 18th birthday, cut at 6, accepts specialist support: no police report',
  },
};
export const Scenario19: Story = {
  name: 'Pregnant woman of 40 with type 3 FGM: her 16-year-old daughter has had FGM, her 9-year-old has not',
  args: {
    proforma: 'fgm',
    scenario:
      'Pregnant woman of 40 with type 3 FGM: her 16-year-old daughter has had FGM, her 9-year-old has not',
  },
};
export const Scenario20: Story = {
  name: 'Woman with FGM whose daughter turns 18 today: the daughter is not listed for FGM-IS',
  args: {
    proforma: 'fgm',
    scenario: 'Woman with FGM whose daughter turns 18 today: the daughter is not listed for FGM-IS',
  },
};
export const Scenario21: Story = {
  name: 'Woman with FGM whose daughter is 17 (18 tomorrow): FGM-IS indicator for the daughter',
  args: {
    proforma: 'fgm',
    scenario: 'Woman with FGM whose daughter is 17 (18 tomorrow): FGM-IS indicator for the daughter',
  },
};
export const Scenario22: Story = {
  name: 'Woman with FGM and no children asks to be closed again after giving birth',
  args: {
    proforma: 'fgm',
    scenario: 'Woman with FGM and no children asks to be closed again after giving birth',
  },
};
export const Scenario23: Story = {
  name: 'Woman of 30 from a practising community, not cut, no girls in the family',
  args: {
    proforma: 'fgm',
    scenario: 'Woman of 30 from a practising community, not cut, no girls in the family',
  },
};
