import { paediatricTriageFixtures } from '@proformas/core';
import { expect, it } from 'vitest';
import * as scenarios from './PaediatricTriageScenarios.stories.tsx';

it('has one story per fixture, named after it (regenerate with scripts/generate-scenario-stories.ts)', () => {
  const { default: meta, ...stories } = scenarios;
  expect(meta.title).toBe('Proformas/Paediatric triage/Scenarios');
  const named = Object.values(stories).map((story) => [story.name, story.args?.scenario]);
  expect(named).toEqual(paediatricTriageFixtures.map((f) => [f.name, f.name]));
});
