import { boundaryFixtures } from './fixtures-boundaries.ts';
import { derivationFixtures } from './fixtures-derivations.ts';
import { exampleFixtures } from './fixtures-examples.ts';
import { exampleFixtures2 } from './fixtures-examples2.ts';
import { floorFixtures } from './fixtures-floors.ts';
import type { CseFixture } from './fixtures-common.ts';

/** Every worked example of cse.md (each variant a row), then the boundary and derivation rows. */
export const cseFixtures: readonly CseFixture[] = [
  ...exampleFixtures,
  ...exampleFixtures2,
  ...boundaryFixtures,
  ...floorFixtures,
  ...derivationFixtures,
];
