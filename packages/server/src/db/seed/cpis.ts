import type { SimulatedCpisFlag } from '../../ports/cpis-simulated.ts';
import { SEED_PATIENTS } from './patients.ts';

/** The simulated CP-IS flags of the seed patients (plan, looked after, unborn plan, outage). */
export const SEED_CPIS_FLAGS: ReadonlyMap<string, SimulatedCpisFlag> = new Map(
  SEED_PATIENTS.flatMap((p) => (p.cpis ? [[p.nhsNumber, p.cpis] as const] : [])),
);
