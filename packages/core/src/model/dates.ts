/**
 * Calendar arithmetic on Europe/London dates (domain/README.md "Dates": every calendar-date
 * calculation uses the Europe/London calendar date of the instant).
 */
export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const londonFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_WITH_OFFSET_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const isDateTimeWithOffset = (value: string): boolean =>
  DATE_TIME_WITH_OFFSET_RE.test(value) &&
  !Number.isNaN(Date.parse(value)) &&
  // Date.parse rolls an impossible day over (2025-02-30 becomes 2 March): the date part must be a
  // real calendar date too (paediatric-triage B2; every date-time answer and arrivedAt).
  parseDate(value.slice(0, 10)) !== undefined;

/** Parse 'YYYY-MM-DD' strictly (a real calendar date), or undefined. */
export const parseDate = (value: string): CalendarDate | undefined => {
  const match = DATE_RE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day };
};

/** The Europe/London calendar date of an ISO instant. */
export const londonDate = (instant: string | Date): CalendarDate => {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = londonFormatter.formatToParts(date);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
};

export const formatDate = (d: CalendarDate): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

export const compareDates = (a: CalendarDate, b: CalendarDate): number =>
  a.year - b.year || a.month - b.month || a.day - b.day;

/** Day number since the epoch, for differences between calendar dates. */
const dayNumber = (d: CalendarDate): number => Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);

export const daysBetween = (from: CalendarDate, to: CalendarDate): number => dayNumber(to) - dayNumber(from);

export const addDays = (d: CalendarDate, days: number): CalendarDate => {
  const probe = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: probe.getUTCFullYear(), month: probe.getUTCMonth() + 1, day: probe.getUTCDate() };
};

/**
 * Completed months from birth to the arrival date:
 * 12·(Y−y) + (M−m) − (D < d ? 1 : 0). A missing anniversary (29 Feb, the 31st) falls on the next
 * day, which this formula gives: born on the 31st, the month anniversary in a 30-day month is the 1st.
 */
export const completedMonths = (birth: CalendarDate, on: CalendarDate): number =>
  12 * (on.year - birth.year) + (on.month - birth.month) - (on.day < birth.day ? 1 : 0);

export const isWeekend = (d: CalendarDate): boolean => {
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/** The next working day after `d`: weekends and the site's bank holidays are never working days. */
export const nextWorkingDay = (d: CalendarDate, bankHolidays: readonly string[]): CalendarDate => {
  let next = addDays(d, 1);
  while (isWeekend(next) || bankHolidays.includes(formatDate(next))) next = addDays(next, 1);
  return next;
};

/** The UTC offset of Europe/London at an instant, as '+00:00' or '+01:00'. */
const londonOffset = (instant: Date): string => {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d+)?/.exec(name ?? '');
  const hours = Number(match?.[1] ?? 0);
  return `${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`;
};

/** 23:59:59 on a London calendar date, as an ISO date-time with its offset. */
export const endOfLondonDay = (d: CalendarDate): string => {
  const probe = new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
  return `${formatDate(d)}T23:59:59${londonOffset(probe)}`;
};
