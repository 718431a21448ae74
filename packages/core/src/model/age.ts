import { completedMonths, londonDate, parseDate, compareDates } from './dates.ts';

export interface Age {
  /** Completed years at arrival. */
  years: number;
  /** Completed months at arrival. */
  months: number;
}

/**
 * Age at arrival from the date of birth and the arrival instant (Europe/London calendar date).
 * Returns undefined when the date of birth is not a date or birth is after arrival.
 */
export const ageAt = (dateOfBirth: string, arrivedAt: string): Age | undefined => {
  const birth = parseDate(dateOfBirth);
  if (!birth || Number.isNaN(Date.parse(arrivedAt))) return undefined;
  const arrival = londonDate(arrivedAt);
  if (compareDates(birth, arrival) > 0) return undefined;
  const months = completedMonths(birth, arrival);
  return { years: Math.floor(months / 12), months };
};

/** Age as a clinician reads it: months under 2, years from 2. */
export const describeAge = (age: Age): string =>
  age.months < 24
    ? `${age.months} ${age.months === 1 ? 'month' : 'months'}`
    : `${age.years} ${age.years === 1 ? 'year' : 'years'}`;
