import type { SafeguardingConfig } from '../../model/config.ts';
import type { AttendanceReason } from '../../model/context.ts';
import type { CalendarDate } from '../../model/dates.ts';
import type { PriorVisit } from './counting.ts';

// Plain-English pieces the reasons are built from (frequent-attender.md "Rules").

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Monday 6 January 2025". */
export const longDate = (d: CalendarDate): string => {
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
};

/** Join a list as "a, b and c". */
export const joinAnd = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;

/** "on Monday 6 January 2025 at Exampleton Minor Injury Unit". */
export const visitPhrase = (visit: PriorVisit): string => {
  const when = visit.date ? `on ${longDate(visit.date)}` : 'on a date not recorded';
  const place = visit.providerName.trim() || 'a service not named';
  return `${when} at ${place}`;
};

/** "on Monday 6 January 2025 this child left Exampleton Minor Injury Unit" (FA-P c). */
export const leftPhrase = (visit: PriorVisit): string => {
  const when = visit.date ? `on ${longDate(visit.date)}` : 'on a date not recorded';
  return `${when} this child left ${visit.providerName.trim() || 'a service not named'}`;
};

/** "in the last 12 months" for the default window, else "in the last N days". */
export const longWindowPhrase = (config: SafeguardingConfig): string =>
  config.faLongWindowDays === 365 ? 'in the last 12 months' : `in the last ${config.faLongWindowDays} days`;
export const shortWindowPhrase = (config: SafeguardingConfig): string =>
  config.faShortWindowDays === 183 ? 'in the last 6 months' : `in the last ${config.faShortWindowDays} days`;

/** "4 unplanned urgent-care visits" or "at least 4 …" when the history could not be checked. */
export const visitCount = (n: number, atLeast: boolean): string =>
  `${atLeast ? 'at least ' : ''}${n} unplanned urgent-care ${n === 1 ? 'visit' : 'visits'}`;

/** Whether today's visit is in the count, in words. */
export const todayPhrase = (currentCounted: boolean, category: 'unplanned' | 'planned-follow-up'): string =>
  currentCounted
    ? 'counting today'
    : category === 'planned-follow-up'
      ? 'not counting today, which is a planned follow-up'
      : 'not counting today (this site does not count out-of-hours GP visits)';

export const REASON_NOUNS: Record<AttendanceReason, string> = {
  injury: 'an injury',
  'self-harm': 'self-harm',
  intoxication: 'alcohol or drugs',
  assault: 'an assault',
  'sexual-assault': 'a sexual assault',
  illness: 'an illness',
  'mental-health': 'a mental-health crisis',
  'sexual-health': 'sexual health',
  other: 'another reason',
};

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The warning FA-U gives, word for word (frequent-attender.md "FA-U"). */
export const HISTORY_NOT_CHECKED =
  'The attendance history could not be checked, so earlier visits may be missing. The counts include only today and the visits the clinician found or was told about.';
