import type { AttendanceReason, AttendanceSource, DepartmentType } from '../../model/context.ts';
import type { CalendarDate } from '../../model/dates.ts';

// What the counting algorithm produces (frequent-attender.md "Counting algorithm" and Flow 3: every
// prior visit is listed, newest first, with whether it counted or why not).

export type NotCountedWhy =
  'planned' | 'older-than-window' | 'ooh-gp-excluded' | 'after-today' | 'incomplete';

/** A prior visit as listed on screen: a registry record or a V3 row. */
export interface PriorVisit {
  origin: 'registry' | 'reported';
  /** The registry id, or "V3 row n". */
  id: string;
  /** The V3 row index (reported visits only). */
  row?: number;
  date: CalendarDate | undefined;
  /** Whole Europe/London calendar days before the attendance date (0 = the same day). */
  daysBefore: number | undefined;
  providerKey: string;
  providerName: string;
  departmentType: DepartmentType | 'unknown';
  category: 'unplanned' | 'planned-follow-up' | undefined;
  reasons: readonly AttendanceReason[];
  leftBeforeSeen: boolean;
  concernRecorded: boolean;
  source: AttendanceSource | undefined;
  inLongWindow: boolean;
  inShortWindow: boolean;
  /** Counted in n12 (an unplanned visit in the long window, not an excluded out-of-hours GP visit). */
  counted: boolean;
  notCounted?: NotCountedWhy;
}

export interface IgnoredRecord {
  id: string;
  why: 'duplicate' | 'this-visit' | 'after-arrival';
}

export interface AttendanceCounts {
  historyAvailable: boolean;
  currentCounted: boolean;
  /** Newest first. */
  prior: PriorVisit[];
  ignored: IgnoredRecord[];
  n12: number;
  n6: number;
  providers12: number;
}
