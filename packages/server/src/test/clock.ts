import type { Clock } from '../time.ts';

/** Tuesday 4 March 2025, 15:00 in London (GMT): the seed day of the tests. */
export const TEST_NOW = new Date('2025-03-04T15:00:00.000Z');

export interface TestClock extends Clock {
  advance(minutes: number): void;
  set(instant: Date): void;
}

export const testClock = (start = TEST_NOW): TestClock => {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (minutes) => {
      current += minutes * 60_000;
    },
    set: (instant) => {
      current = instant.getTime();
    },
  };
};
