import type { ProformaFixture } from '../../model/fixture.ts';
import { boundaryFixtures } from './fixtures-boundaries.ts';
import { workedExampleFixtures1 } from './fixtures-examples-1.ts';
import { workedExampleFixtures2 } from './fixtures-examples-2.ts';
import { workedExampleFixtures3 } from './fixtures-examples-3.ts';
import { ruleFixtures2 } from './fixtures-rules-2.ts';
import { ruleFixtures } from './fixtures-rules.ts';
import type { PaediatricTriageAnswers } from './schema.ts';

/**
 * Named clinical scenarios: every worked example of paediatric-triage.md (#1–#11 with each variant),
 * the boundary rows, and at least one scenario per rule id. Synthetic data only.
 */
export const paediatricTriageFixtures: ProformaFixture<PaediatricTriageAnswers>[] = [
  ...workedExampleFixtures1,
  ...workedExampleFixtures2,
  ...workedExampleFixtures3,
  ...boundaryFixtures,
  ...ruleFixtures,
  ...ruleFixtures2,
];
