import type { AttendanceRecord } from '@proformas/core';

/** Cross-site attendance history for one NHS number (frequent-attender.md, the registry lookup). */
export interface RegistryQuery {
  nhsNumber: string;
  /** Window, inclusive: UTC ISO instants. */
  from: string;
  to: string;
  /** The current attendance, left out of the answer. */
  excludeAttendanceId?: string | undefined;
  /** The caller's provider: its records are `local`, the rest `shared-record`. */
  callerProviderId?: string | undefined;
}

/**
 * The attendance registry. The default adapter reads this server's database (every site of the
 * region); a regional or national registry can replace it behind the same port.
 */
export interface RegistryPort {
  attendances(query: RegistryQuery): Promise<AttendanceRecord[]>;
}
