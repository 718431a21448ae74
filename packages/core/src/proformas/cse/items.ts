import { greenAmberItems } from './items-indicators.ts';
import { redAndAssaultItems } from './items-red.ts';
import { reasonItems } from './items-reason.ts';
import { relationshipItems } from './items-relationship.ts';
import { voiceItems } from './items-voice.ts';
import type { CseItem } from './items-common.ts';

/** Every item of cse.md "Items", in the order of the Flow's phases. */
export const cseItems: readonly CseItem[] = [
  ...reasonItems,
  ...relationshipItems,
  ...greenAmberItems,
  ...redAndAssaultItems,
  ...voiceItems,
];
