import { describe, expect, it } from 'vitest';
import { londonDate, londonDayRange, startOfLondonDay } from './time.ts';

describe('Europe/London calendar days', () => {
  it('starts a winter day at midnight UTC and a summer day at 23:00 UTC the day before', () => {
    expect(startOfLondonDay('2025-03-04').toISOString()).toBe('2025-03-04T00:00:00.000Z');
    expect(startOfLondonDay('2025-07-01').toISOString()).toBe('2025-06-30T23:00:00.000Z');
  });

  it('gives a 23-hour day when the clocks go forward and a 25-hour day when they go back', () => {
    expect(londonDayRange('2025-03-30')).toEqual({
      from: '2025-03-30T00:00:00.000Z',
      to: '2025-03-30T23:00:00.000Z',
    });
    expect(londonDayRange('2025-10-26')).toEqual({
      from: '2025-10-25T23:00:00.000Z',
      to: '2025-10-27T00:00:00.000Z',
    });
  });

  it('dates an instant by the London calendar', () => {
    expect(londonDate(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
    expect(londonDate(new Date('2025-01-31T23:30:00Z'))).toBe('2025-01-31');
  });
});
