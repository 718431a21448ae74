import type { ProformaFixture } from '../../model/fixture.ts';
import { boundaryFixtures } from './fixtures-boundaries.ts';
import { decisionFixtures } from './fixtures-decisions.ts';
import { workedExampleFixtures1 } from './fixtures-examples-1.ts';
import { workedExampleFixtures2 } from './fixtures-examples-2.ts';
import { workedExampleFixtures3 } from './fixtures-examples-3.ts';
import type { FrequentAttenderAnswers } from './schema.ts';

/**
 * Named clinical scenarios: every worked example of frequent-attender.md (#1–#10 with each
 * variant), the boundary rows, and a scenario for each rule id. Synthetic data only.
 */
export const frequentAttenderFixtures: ProformaFixture<FrequentAttenderAnswers>[] = [
  ...workedExampleFixtures1,
  ...workedExampleFixtures2,
  ...workedExampleFixtures3,
  ...boundaryFixtures,
  ...decisionFixtures,
];
