import type { AttendanceOutcome, AttendanceReason, Sex } from '@proformas/core';
import type { Companion } from '../../records/attendances.ts';
import type { SimulatedCpisFlag } from '../../ports/cpis-simulated.ts';
import type { SiteKey } from './sites.ts';

/** An earlier attendance, `daysAgo` Europe/London calendar days before the seed day. */
export interface VisitSeed {
  daysAgo: number;
  site: SiteKey;
  reasons: AttendanceReason[];
  complaint: string;
  planned?: boolean;
  leftBeforeSeen?: boolean;
  concern?: boolean;
  outcome?: AttendanceOutcome;
  referralTo?: string;
  /** Hour of arrival, Europe/London (default 10). */
  hour?: number;
}

/** An attendance on the seed day, waiting on the board. */
export interface TodaySeed {
  site: SiteKey;
  minutesAgo: number;
  reasons: AttendanceReason[];
  complaint: string;
  companions: Companion[];
  planned?: boolean;
}

export interface PatientSeed {
  key: string;
  nhsNumber: string;
  givenName: string;
  familyName: string;
  sex: Sex;
  /** Age on the seed day. */
  age: { years: number; months?: number };
  /** What this patient exercises (for README and tests). */
  scenario: string;
  history?: VisitSeed[];
  today?: TodaySeed;
  cpis?: SimulatedCpisFlag;
}
