import type { Role } from '../api/types.ts';

/** What each role may open in the app; the server checks the same (packages/server/src/auth/roles.ts). */
export const CAN = {
  patients: ['clinician', 'safeguarding-lead'],
  review: ['safeguarding-lead'],
  audit: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof CAN;

export const may = (role: Role, area: Area): boolean => (CAN[area] as readonly Role[]).includes(role);
