import { hiddenHarmFixtures } from '@proformas/core';
import { expect, it } from 'vitest';
import * as scenarios from './HiddenHarmScenarios.stories.tsx';

it('has one story per fixture, named after it (regenerate with scripts/generate-scenario-stories.ts)', () => {
  const { default: meta, ...stories } = scenarios;
  expect(meta.title).toBe('Proformas/Hidden harm/Scenarios');
  const named = Object.values(stories).map((story) => [
    story.name,
    story.args?.proforma,
    story.args?.scenario,
  ]);
  expect(named).toEqual(hiddenHarmFixtures.map((f) => [f.name, 'hidden-harm', f.name]));
});
