import { childItems } from './items-child.ts';
import type { TriageItem } from './items-common.ts';
import { familyItems } from './items-family.ts';
import { injuryItems } from './items-injury.ts';
import { presentationItems } from './items-presentation.ts';
import { safetyAndWhoItems } from './items-safety-who.ts';
import { sharingItems } from './items-sharing.ts';

/**
 * Every item of paediatric-triage.md "Items", in the table's order (which is also the order of the
 * phases in "Flow"). A1 (date of birth) and A2 (sex) are not answer keys: they come from the context.
 */
export const paediatricTriageItems: readonly TriageItem[] = [
  ...safetyAndWhoItems,
  ...injuryItems,
  ...presentationItems,
  ...childItems,
  ...familyItems,
  ...sharingItems,
];
