/**
 * Day / month / year (and time) boxes to and from answers: 'YYYY-MM-DD' for dates, ISO 8601
 * with the Europe/London offset for date-times. Boxes that do not make a real date give a
 * draft string that keeps what was typed and fails validation (`isIsoDate`, `isIsoDateTime`).
 */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}
export interface DateTimeParts extends DateParts {
  time: string;
}

const EMPTY: DateParts = { day: '', month: '', year: '' };
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const realDate = (year: number, month: number, day: number): boolean => {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};

export const isIsoDate = (value: unknown): boolean => {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && realDate(Number(match[1]), Number(match[2]), Number(match[3]));
};

export const isIsoDateTime = (value: unknown): boolean =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
  isIsoDate(value.slice(0, 10)) &&
  !Number.isNaN(Date.parse(value));

const digits = (s: string): number | undefined => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : undefined);

/** The answer the boxes make: undefined when all are empty. */
export const dateFromParts = (parts: DateParts): string | undefined => {
  if (parts.day.trim() === '' && parts.month.trim() === '' && parts.year.trim() === '') return undefined;
  const [d, m, y] = [digits(parts.day), digits(parts.month), digits(parts.year)];
  if (
    d !== undefined &&
    m !== undefined &&
    y !== undefined &&
    parts.year.trim().length === 4 &&
    realDate(y, m, d)
  ) {
    return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  }
  return `${parts.year}-${parts.month}-${parts.day}`;
};

export const partsFromDate = (value: string | undefined): DateParts => {
  if (!value) return EMPTY;
  const [year = '', month = '', day = ''] = value.split('-');
  if (isIsoDate(value)) return { day: String(Number(day)), month: String(Number(month)), year };
  return { day, month, year };
};

const LONDON = 'Europe/London';

/** Minutes east of UTC in London at an instant. */
export const londonOffsetMinutes = (instant: number): number => {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
};

const offsetText = (minutes: number): string =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/** A London wall-clock time as ISO 8601 with its offset (summer time included). */
export const londonIso = (date: string, hours: number, minutes: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hours, minutes);
  let offset = londonOffsetMinutes(wall);
  const second = londonOffsetMinutes(wall - offset * 60_000);
  if (second !== offset) offset = second;
  return `${date}T${pad(hours)}:${pad(minutes)}:00${offsetText(offset)}`;
};

const parseTime = (text: string): [number, number] | undefined => {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [h, m] = [Number(match[1]), Number(match[2])];
  return h < 24 && m < 60 ? [h, m] : undefined;
};

export const dateTimeFromParts = (parts: DateTimeParts): string | undefined => {
  const date = dateFromParts(parts);
  if (date === undefined && parts.time.trim() === '') return undefined;
  const time = parseTime(parts.time);
  if (date && isIsoDate(date) && time) return londonIso(date, time[0], time[1]);
  return `${date ?? '--'}T${parts.time}`;
};

export const partsFromDateTime = (value: string | undefined): DateTimeParts => {
  if (!value) return { ...EMPTY, time: '' };
  if (isIsoDateTime(value)) {
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: LONDON,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date(value));
    const get = (type: Intl.DateTimeFormatPartTypes): string =>
      local.find((p) => p.type === type)?.value ?? '';
    return {
      day: get('day'),
      month: get('month'),
      year: get('year'),
      time: `${get('hour')}:${get('minute')}`,
    };
  }
  const [date = '', time = ''] = value.split('T');
  return { ...partsFromDate(date === '--' ? undefined : date), time };
};
