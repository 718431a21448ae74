/** The server's source of "now"; tests pass a fixed clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const LONDON = 'Europe/London';

const offsetFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  timeZoneName: 'longOffset',
  year: 'numeric',
});
const dateFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: LONDON,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Minutes east of UTC in Europe/London at this instant (0 or 60). */
const londonOffsetMinutes = (instant: Date): number => {
  const name = offsetFormatter.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
};

/** The Europe/London calendar date (YYYY-MM-DD) of an instant. */
export const londonDate = (instant: Date): string => dateFormatter.format(instant);

/** The UTC instant at which a Europe/London calendar day starts. */
export const startOfLondonDay = (date: string): Date => {
  const midnightUtc = new Date(`${date}T00:00:00.000Z`);
  const guess = new Date(midnightUtc.getTime() - londonOffsetMinutes(midnightUtc) * 60_000);
  return new Date(midnightUtc.getTime() - londonOffsetMinutes(guess) * 60_000);
};

/** [start, end) of a Europe/London calendar day as UTC ISO strings, for range queries. */
export const londonDayRange = (date: string): { from: string; to: string } => {
  const next = new Date(`${date}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return {
    from: startOfLondonDay(date).toISOString(),
    to: startOfLondonDay(next.toISOString().slice(0, 10)).toISOString(),
  };
};

/** Stored instants are UTC ISO strings of one fixed width, so they sort and compare as text. */
export const toStoredInstant = (value: string | Date): string => new Date(value).toISOString();

export const addDays = (instant: Date, days: number): Date => new Date(instant.getTime() + days * 86_400_000);
