import { cseFixtures } from '@proformas/core';
import { expect, it } from 'vitest';
import * as scenarios from './CseScenarios.stories.tsx';

it('has one story per fixture, named after it (regenerate with scripts/generate-scenario-stories.ts)', () => {
  const { default: meta, ...stories } = scenarios;
  expect(meta.title).toBe('Proformas/CSE/Scenarios');
  const named = Object.values(stories).map((story) => [
    story.name,
    story.args?.proforma,
    story.args?.scenario,
  ]);
  expect(named).toEqual(cseFixtures.map((f) => [f.name, 'cse', f.name]));
});
