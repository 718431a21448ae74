import { formatDate, nextWorkingDay, parseDate, type CalendarDate } from '../../model/dates.ts';
import type { IdentifiedByRow } from './schema.ts';
import type { S5bDates, S5bReporter, S5bStatus } from './types.ts';

// fgm.md "Derived values": `regulatedRow`, `reporters`, the s5B dates and `s5bStatus`.

/**
 * `regulatedRow`: an F15d row whose `regulator` ≠ `not-regulated`.
 * SAFER READING: a row whose regulator is not recorded yet counts as regulated (≠ not-regulated),
 * so an unfinished row keeps the duty and the 101 report in view; sign-off needs the regulator.
 */
export const isRegulatedRow = (row: IdentifiedByRow): boolean => row.regulator !== 'not-regulated';

/** `reporters`: the regulatedRows in row order, each with its own status and police reference. */
// SAFER READING: in a draft a missing name, profession or regulator is '' and heardOrSaw null (the
// spec types them as present); all four are required before sign-off.
export const reportersOf = (rows: readonly IdentifiedByRow[]): S5bReporter[] =>
  rows.flatMap((row, index) =>
    isRegulatedRow(row)
      ? [
          {
            row: index,
            name: row.name ?? '',
            profession: row.profession ?? '',
            regulator: row.regulator ?? '',
            heardOrSaw: row.heardOrSaw ?? null,
            status: row.reportedByColleague === 'yes' ? 'reported-by-colleague' : 'report-required',
            policeReference: nonEmpty(row.policeReferenceNumber),
            reportedAt: row.policeReportMadeAt ?? null,
          },
        ]
      : [],
  );

const nonEmpty = (value: string | undefined): string | null =>
  value !== undefined && value.trim() !== '' ? value : null;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `identifiedOn` plus one calendar month, clamped to the end of a shorter month (31 Jan → 28/29 Feb). */
export const oneMonthLater = (d: CalendarDate): CalendarDate => {
  const year = d.month === 12 ? d.year + 1 : d.year;
  const month = d.month === 12 ? 1 : d.month + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
};

/**
 * The s5B dates (only when s5bCase): `identifiedOn` = the attendance date; `dueBy` = the next
 * Monday–Friday that is not a bank holiday; `latestBy` = one month later, not moved for weekends.
 * Not configurable (fgm.md F-R1), except the site's list of bank holidays.
 */
export const s5bDatesFor = (
  s5bCase: boolean,
  attendanceDate: string,
  bankHolidays: readonly string[],
): S5bDates => {
  const identified = parseDate(attendanceDate);
  if (!s5bCase || !identified) return { identifiedOn: null, dueBy: null, latestBy: null };
  return {
    identifiedOn: attendanceDate,
    dueBy: formatDate(nextWorkingDay(identified, bankHolidays)),
    latestBy: formatDate(oneMonthLater(identified)),
  };
};

/** `s5bStatus`, set on its own whatever the level. */
export const s5bStatusOf = (input: {
  u18: boolean;
  s5bCase: boolean;
  thirdPartyReport: boolean;
  rows: readonly IdentifiedByRow[];
  reporters: readonly S5bReporter[];
}): S5bStatus => {
  if (!input.u18) return 'not-applicable-adult';
  if (input.s5bCase) {
    if (input.rows.length > 0 && input.reporters.length === 0) return 'not-applicable-not-regulated';
    if (input.reporters.length > 0 && input.reporters.every((r) => r.status === 'reported-by-colleague')) {
      return 'reported-by-colleague';
    }
    return 'report-required';
  }
  if (input.thirdPartyReport) return 'not-applicable-third-party';
  return 'not-applicable-at-risk';
};
