import type { FgmFixture } from './fixtures-builder.ts';
import { example9Fixtures } from './fixtures-example9.ts';
import { familyHistoryFixtures } from './fixtures-family-history.ts';
import { imminenceFixtures } from './fixtures-imminence.ts';
import { s5bFixtures } from './fixtures-s5b.ts';
import { womenFixtures } from './fixtures-women.ts';

/**
 * Named clinical scenarios from fgm.md "Worked examples" (every example, with each variant of
 * example 9), boundary rows at each threshold, and scenarios for paths the examples leave out.
 */
export const fgmFixtures: readonly FgmFixture[] = [
  ...s5bFixtures,
  ...example9Fixtures,
  ...imminenceFixtures,
  ...familyHistoryFixtures,
  ...womenFixtures,
];

export type { FgmFixture };
