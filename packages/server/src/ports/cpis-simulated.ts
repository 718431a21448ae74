import type { CpisPort, CpisResult } from './cpis.ts';

/** A synthetic CP-IS record; `unavailable` simulates the national service failing for this child. */
export type SimulatedCpisFlag =
  | {
      status: 'cpp' | 'lac' | 'unborn-cpp';
      localAuthority: string;
      localAuthorityPhone: string;
      since: string;
    }
  | { status: 'unavailable' };

export const SIMULATED_CPIS_LABEL =
  'Simulated CP-IS: synthetic flags for demonstration and testing, not the national system.';

/** Serves synthetic plan / looked-after flags; every answer is labelled `simulated`. */
export const simulatedCpis = (flags: ReadonlyMap<string, SimulatedCpisFlag>): CpisPort => ({
  async lookup(nhsNumber, at) {
    const base = {
      source: 'simulated',
      label: SIMULATED_CPIS_LABEL,
      nhsNumber,
      checkedAt: at.toISOString(),
    } as const;
    const flag = flags.get(nhsNumber);
    if (!flag) return { ...base, status: 'none' } satisfies CpisResult;
    if (flag.status === 'unavailable') {
      return {
        ...base,
        status: 'not-available',
        message:
          'CP-IS could not be checked (the simulated service is not answering for this child). Record this; the safeguarding lead checks it the next working day.',
      } satisfies CpisResult;
    }
    return { ...base, ...flag } satisfies CpisResult;
  },
});
