import { checkItems } from './items-checks.ts';
import { childItems } from './items-child.ts';
import type { TriageItem } from './items-common.ts';
import { familyItems } from './items-family.ts';
import { ingestionItems } from './items-ingestion.ts';
import { injuryKindItems } from './items-injury-kinds.ts';
import { injuryItems } from './items-injury.ts';
import { presentationItems } from './items-presentation.ts';
import { safetyItems } from './items-safety.ts';
import { sharingItems } from './items-sharing.ts';
import { whoItems } from './items-who.ts';
import { youngPersonItems } from './items-young-person.ts';

/**
 * Every item of paediatric-triage.md "Items", in the table's order (which is also the order of the
 * phases in "Flow"). A1 (date of birth) and A2 (sex) are not answer keys: they come from the context.
 */
export const paediatricTriageItems: readonly TriageItem[] = [
  ...safetyItems,
  ...whoItems,
  ...checkItems,
  ...injuryItems,
  ...injuryKindItems,
  ...presentationItems,
  ...ingestionItems,
  ...childItems,
  ...familyItems,
  ...youngPersonItems,
  ...sharingItems,
];
