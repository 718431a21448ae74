import type { FgmFixture } from './fixtures-builder.ts';
import { riskFixtures } from './fixtures-risk.ts';
import { s5bFixtures } from './fixtures-s5b.ts';
import { womenFixtures } from './fixtures-women.ts';

/**
 * Named clinical scenarios from fgm.md "Worked examples" (every example, with each variant of
 * example 9), boundary rows at each threshold, and scenarios for paths the examples leave out.
 */
export const fgmFixtures: readonly FgmFixture[] = [...s5bFixtures, ...riskFixtures, ...womenFixtures];

export type { FgmFixture };
