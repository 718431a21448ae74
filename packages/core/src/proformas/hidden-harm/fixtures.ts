import type { ProformaFixture } from '../../model/fixture.ts';
import { boundaryFixtures } from './fixtures-boundaries.ts';
import { clauseFixtures } from './fixtures-clauses.ts';
import { examplesOneToFive } from './fixtures-examples.ts';
import { examplesSixToEight } from './fixtures-examples2.ts';
import { examplesNineAndTen } from './fixtures-examples3.ts';
import type { HiddenHarmAnswers } from './schema.ts';

/**
 * Named clinical scenarios: every worked example of hidden-harm.md (each variant in a row as its own
 * fixture), the threshold rows (each threshold and one below) and scenarios for single clauses.
 * Synthetic people only. `complete` = the answers satisfy every completion rule.
 */
export const hiddenHarmFixtures: readonly ProformaFixture<HiddenHarmAnswers>[] = [
  ...examplesOneToFive,
  ...examplesSixToEight,
  ...examplesNineAndTen,
  ...boundaryFixtures,
  ...clauseFixtures,
];
