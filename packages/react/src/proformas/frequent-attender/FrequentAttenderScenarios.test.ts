import { frequentAttenderFixtures } from '@proformas/core';
import { expect, it } from 'vitest';
import * as scenarios from './FrequentAttenderScenarios.stories.tsx';

it('has one story per fixture, named after it (regenerate with scripts/generate-scenario-stories.ts)', () => {
  const { default: meta, ...stories } = scenarios;
  expect(meta.title).toBe('Proformas/Frequent attender/Scenarios');
  const named = Object.values(stories).map((story) => [
    story.name,
    story.args?.proforma,
    story.args?.scenario,
  ]);
  expect(named).toEqual(frequentAttenderFixtures.map((f) => [f.name, 'frequent-attender', f.name]));
});
