import { describe, expect, it } from 'vitest';
import { ageAt, describeAge } from './age.ts';
import { endOfLondonDay, londonDate, nextWorkingDay, parseDate } from './dates.ts';

describe('ageAt (domain/README.md "Dates"; paediatric-triage.md ageMonths)', () => {
  it.each([
    ['2024-09-11', '2025-03-10T10:00+00:00', 5, 0, '5 months, 6 tomorrow (example 1)'],
    ['2024-09-10', '2025-03-10T10:00+00:00', 6, 0, '6 months today'],
    ['2023-03-10', '2025-03-10T10:00+00:00', 24, 2, '24 months today (example 4)'],
    ['2023-03-11', '2025-03-10T10:00+00:00', 23, 1, '23 months, 2 tomorrow'],
    ['2009-03-11', '2025-03-10T10:00+00:00', 191, 15, '15, 16 tomorrow (example 6)'],
    ['2009-03-10', '2025-03-10T10:00+00:00', 192, 16, '16 today (example 6 variant)'],
    ['2024-02-29', '2025-02-28T12:00+00:00', 11, 0, 'leap-day birth: no anniversary on 28 Feb'],
    ['2024-02-29', '2025-03-01T12:00+00:00', 12, 1, 'leap-day birth: anniversary falls on 1 Mar'],
    ['2025-01-31', '2025-02-28T12:00+00:00', 0, 0, 'born on the 31st: no month anniversary in February'],
    ['2025-01-31', '2025-03-01T12:00+00:00', 1, 0, 'born on the 31st: anniversary falls on the next day'],
  ])('born %s, arrived %s → %i months, %i years (%s)', (dob, arrived, months, years) => {
    expect(ageAt(dob, arrived)).toEqual({ months, years });
  });

  it('uses the Europe/London calendar date of the arrival instant (BST)', () => {
    // 23:30 UTC on 9 June is 00:30 on 10 June in London: the birthday has arrived.
    expect(ageAt('2024-06-10', '2025-06-09T23:30:00Z')).toEqual({ months: 12, years: 1 });
    expect(ageAt('2024-06-10', '2025-06-09T22:30:00Z')).toEqual({ months: 11, years: 0 });
  });

  it('refuses a birth after arrival and a date that does not exist', () => {
    expect(ageAt('2025-03-11', '2025-03-10T10:00+00:00')).toBeUndefined();
    expect(ageAt('2025-02-30', '2025-03-10T10:00+00:00')).toBeUndefined();
    expect(parseDate('2025-13-01')).toBeUndefined();
  });

  it('describes ages in months under 2 and years from 2', () => {
    expect(describeAge({ months: 1, years: 0 })).toBe('1 month');
    expect(describeAge({ months: 23, years: 1 })).toBe('23 months');
    expect(describeAge({ months: 24, years: 2 })).toBe('2 years');
  });
});

describe('working days (fgm.md bankHolidays: weekends never work days)', () => {
  it('skips the weekend and the site bank holidays', () => {
    expect(nextWorkingDay({ year: 2025, month: 1, day: 31 }, [])).toEqual({ year: 2025, month: 2, day: 3 });
    expect(nextWorkingDay({ year: 2025, month: 4, day: 17 }, ['2025-04-18', '2025-04-21'])).toEqual({
      year: 2025,
      month: 4,
      day: 22,
    });
  });

  it('gives the end of a London day with the right offset', () => {
    expect(endOfLondonDay({ year: 2025, month: 2, day: 3 })).toBe('2025-02-03T23:59:59+00:00');
    expect(endOfLondonDay({ year: 2025, month: 7, day: 1 })).toBe('2025-07-01T23:59:59+01:00');
    expect(londonDate('2025-07-01T23:30:00Z')).toEqual({ year: 2025, month: 7, day: 2 });
  });
});
