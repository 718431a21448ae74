// Writes one story per fixture of each proforma (story name = fixture name), into the proforma's
// React folder: <Name>Scenarios.stories.tsx.
// Run: npx tsx packages/react/scripts/generate-scenario-stories.ts  (after any fixtures change)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  cseFixtures,
  fgmFixtures,
  frequentAttenderFixtures,
  hiddenHarmFixtures,
  paediatricTriageFixtures,
  PROFORMA_TITLES,
  type ProformaId,
} from '@proformas/core';
import { format, resolveConfig } from 'prettier';

interface Target {
  id: ProformaId;
  /** The component name prefix: `<name>Scenarios.stories.tsx`. */
  name: string;
  /** The Storybook title of the proforma (its form stories' title). */
  title: string;
  fixtures: readonly { name: string }[];
  /** The triage keeps its own FixtureOutcome (it includes other forms' stubbed results). */
  component: 'FixtureOutcome' | 'ScenarioOutcome';
}

const TARGETS: readonly Target[] = [
  {
    id: 'paediatric-triage',
    name: 'PaediatricTriage',
    title: 'Proformas/Paediatric triage',
    fixtures: paediatricTriageFixtures,
    component: 'FixtureOutcome',
  },
  {
    id: 'hidden-harm',
    name: 'HiddenHarm',
    title: 'Proformas/Hidden harm',
    fixtures: hiddenHarmFixtures,
    component: 'ScenarioOutcome',
  },
  { id: 'cse', name: 'Cse', title: 'Proformas/CSE', fixtures: cseFixtures, component: 'ScenarioOutcome' },
  { id: 'fgm', name: 'Fgm', title: 'Proformas/FGM', fixtures: fgmFixtures, component: 'ScenarioOutcome' },
  {
    id: 'frequent-attender',
    name: 'FrequentAttender',
    title: 'Proformas/Frequent attender',
    fixtures: frequentAttenderFixtures,
    component: 'ScenarioOutcome',
  },
];

const source = (target: Target): string => {
  const triage = target.component === 'FixtureOutcome';
  const stories = target.fixtures
    .map((fixture, index) => {
      const name = JSON.stringify(fixture.name);
      const args = triage ? `{ scenario: ${name} }` : `{ proforma: '${target.id}', scenario: ${name} }`;
      return `export const Scenario${String(index + 1).padStart(2, '0')}: Story = { name: ${name}, args: ${args} };`;
    })
    .join('\n');
  const what = triage ? 'the paediatric triage' : PROFORMA_TITLES[target.id];
  const fixturesName = `${target.name[0]?.toLowerCase()}${target.name.slice(1)}Fixtures`;
  const importLine = triage
    ? `import { FixtureOutcome } from './FixtureOutcome.tsx';`
    : `import { ScenarioOutcome } from '../../outcome/ScenarioOutcome.tsx';`;
  return `// Generated from ${fixturesName} by packages/react/scripts/generate-scenario-stories.ts: do not edit.
import type { Meta, StoryObj } from '@storybook/react-vite';
${importLine}

/** One story per clinical scenario of ${what}: its outcome and its answers. */
const meta = {
  title: '${target.title}/Scenarios',
  component: ${target.component},
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ${target.component}>;
export default meta;
type Story = StoryObj<typeof meta>;

${stories}
`;
};

for (const target of TARGETS) {
  const file = fileURLToPath(
    new URL(`../src/proformas/${target.id}/${target.name}Scenarios.stories.tsx`, import.meta.url),
  );
  const options = await resolveConfig(file);
  writeFileSync(file, await format(source(target), { ...options, filepath: file }));
  console.warn(`Wrote ${target.fixtures.length} scenario stories to ${file}`);
}
