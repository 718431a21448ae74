// Writes one story per paediatric triage fixture (story name = fixture name).
// Run: npx tsx packages/react/scripts/generate-scenario-stories.ts  (after the fixtures change)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { paediatricTriageFixtures } from '@proformas/core';
import { format, resolveConfig } from 'prettier';

const target = fileURLToPath(
  new URL('../src/proformas/paediatric-triage/PaediatricTriageScenarios.stories.tsx', import.meta.url),
);

const stories = paediatricTriageFixtures
  .map((fixture, index) => {
    const name = JSON.stringify(fixture.name);
    return `export const Scenario${String(index + 1).padStart(2, '0')}: Story = { name: ${name}, args: { scenario: ${name} } };`;
  })
  .join('\n');

const source = `// Generated from paediatricTriageFixtures by packages/react/scripts/generate-scenario-stories.ts: do not edit.
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

${stories}
`;

const options = await resolveConfig(target);
writeFileSync(target, await format(source, { ...options, filepath: target }));
console.warn(`Wrote ${paediatricTriageFixtures.length} scenario stories to ${target}`);
