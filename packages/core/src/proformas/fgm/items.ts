import { familyItems } from './items-family.ts';
import type { FgmItem } from './items-common.ts';
import { girlItems } from './items-girl.ts';
import { riskItems } from './items-risk.ts';
import { screenItems } from './items-screen.ts';
import { womanItems } from './items-woman.ts';

/**
 * Every item of fgm.md "Items", phase by phase in the order of "Flow": screen, has FGM happened,
 * adult woman, family, risk to girls. F15a–F15c are fields of each F15d row (items-girl.ts).
 */
export const fgmItems: readonly FgmItem[] = [
  ...screenItems,
  ...girlItems,
  ...womanItems,
  ...familyItems,
  ...riskItems,
];
