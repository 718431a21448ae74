import { describe, expect, it } from 'vitest';
import { ageWords, birthDate, clockTime, longDate, nhsNumberWords, quoted, timeAndDate } from './format.ts';

describe('referrals.md §5 rule 1: dates, times and ages in words', () => {
  it('full dates with the day, from a date or an instant (Europe/London calendar)', () => {
    expect(longDate('2025-03-04')).toBe('Tuesday 4 March 2025');
    expect(longDate('2025-03-04T23:59:00+00:00')).toBe('Tuesday 4 March 2025');
    // 23:30 UTC on 30 March 2025 is 00:30 BST on Monday 31 March in London.
    expect(longDate('2025-03-30T23:30:00Z')).toBe('Monday 31 March 2025');
    expect(birthDate('2018-05-14')).toBe('14 May 2018');
  });

  it('the 24-hour clock, London time (GMT and BST)', () => {
    expect(clockTime('2025-03-04T15:10:00+00:00')).toBe('15:10');
    expect(clockTime('2025-07-01T14:05:00Z')).toBe('15:05');
    expect(clockTime('2025-01-01T00:05:00Z')).toBe('00:05');
    expect(timeAndDate('2025-03-04T13:40:00+00:00')).toBe('13:40 on Tuesday 4 March 2025');
  });

  it('ages in years, months under 2 (describeAge)', () => {
    expect(ageWords('2024-01-02', '2025-03-04T19:20:00+00:00')).toBe('14 months');
    expect(ageWords('2023-03-04', '2025-03-04T10:00:00+00:00')).toBe('2 years');
    expect(ageWords('2023-03-05', '2025-03-04T10:00:00+00:00')).toBe('23 months');
    expect(ageWords('2025-03-05', '2025-03-04T10:00:00+00:00')).toBeUndefined();
  });

  it('NHS numbers grouped 3-3-4; quotes keep the words exactly', () => {
    expect(nhsNumberWords('9991234567')).toBe('999 123 4567');
    expect(nhsNumberWords('999 123')).toBe('999 123');
    expect(quoted("  I'm not allowed to say  ")).toBe("“  I'm not allowed to say  ”");
  });
});
