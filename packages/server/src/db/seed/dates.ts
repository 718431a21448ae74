import { startOfLondonDay } from '../../time.ts';

/** A calendar date minus whole years and months (the day clamped to the month's length). */
export const minusMonths = (date: string, months: number): string => {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
};

export const minusDays = (date: string, days: number): string => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - days);
  return day.toISOString().slice(0, 10);
};

/** Date of birth for an age on `today`: ten days past the birthday, so the age is completed. */
export const birthDateFor = (today: string, age: { years: number; months?: number }): string =>
  minusDays(minusMonths(today, age.years * 12 + (age.months ?? 0)), 10);

/** An arrival `daysAgo` London days before `today`, at `hour` London time. */
export const arrivalOn = (today: string, daysAgo: number, hour: number): string =>
  new Date(startOfLondonDay(minusDays(today, daysAgo)).getTime() + hour * 3_600_000).toISOString();
