import { ageAt, describeAge } from '../model/age.ts';
import type { DepartmentType, Sex } from '../model/context.ts';
import { londonDate, parseDate, type CalendarDate } from '../model/dates.ts';

/** referrals.md "Missing values": shown in a required field with no value; blocks sending. */
export const PLACEHOLDER = '[Not recorded: add this before sending]';

/** referrals.md §4 `sensitivity`: printed at the top of the document. */
export const SENSITIVITY_BANNER = 'Safeguarding or third-party content: redact from online and proxy access.';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const weekday = (d: CalendarDate): string =>
  WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()] ?? '';

/** §5 rule 1: "Tuesday 4 March 2025". Accepts 'YYYY-MM-DD' or an instant (Europe/London date). */
export const longDate = (value: string): string => {
  const d = parseDate(value) ?? londonDate(value);
  return `${weekday(d)} ${d.day} ${MONTHS[d.month - 1] ?? ''} ${d.year}`;
};

/** A date without the weekday, for dates of birth: "14 May 2018". */
export const birthDate = (value: string): string => {
  const d = parseDate(value);
  return d ? `${d.day} ${MONTHS[d.month - 1] ?? ''} ${d.year}` : value;
};

const timeFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** §5 rule 1: the 24-hour clock, Europe/London: "15:10". */
export const clockTime = (instant: string): string => timeFormatter.format(new Date(instant));

/** "15:10 on Tuesday 4 March 2025". */
export const timeAndDate = (instant: string): string => `${clockTime(instant)} on ${longDate(instant)}`;

/** Age in years, months under 2 (§5 rule 1, via describeAge); undefined if not computable. */
export const ageWords = (dateOfBirth: string, on: string): string | undefined => {
  const age = ageAt(dateOfBirth, on);
  return age ? describeAge(age) : undefined;
};

/** NHS number in the usual 3-3-4 grouping. */
export const nhsNumberWords = (value: string): string => {
  const digits = value.replace(/\s+/g, '');
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value;
};

/** The kind of service, in words, from the department type (§4 `visit`). */
export const DEPARTMENT_WORDS: Record<DepartmentType, string> = {
  '01': 'an NHS emergency department',
  '02': 'a specialist NHS emergency department',
  '03': 'an NHS urgent treatment centre or minor injury unit',
  '04': 'an NHS walk-in centre',
  'ooh-gp': 'an NHS out-of-hours GP service',
};

/** "a, b and c". */
export const joinWords = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** End a sentence with a full stop unless it already has closing punctuation. */
export const sentence = (text: string): string =>
  /[.!?"”)]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * §5 rule 5: words quoted exactly as entered, never tidied, with who said them. Curly quotation
 * marks keep any straight quotes inside the entered words intact.
 */
export const quoted = (words: string): string => `“${words}”`;

export interface Pronouns {
  subject: string;
  object: string;
  possessive: string;
}

export const pronounsFor = (sex: Sex): Pronouns =>
  sex === 'male'
    ? { subject: 'he', object: 'him', possessive: 'his' }
    : sex === 'female'
      ? { subject: 'she', object: 'her', possessive: 'her' }
      : { subject: 'they', object: 'them', possessive: 'their' };

/** The first word of a full name, for the running text ("Leo"). */
export const firstName = (fullName: string): string => fullName.trim().split(/\s+/)[0] ?? fullName;

/** Present the text or the placeholder. */
export const orPlaceholder = (text: string | undefined): string =>
  text !== undefined && text.trim() !== '' ? text : PLACEHOLDER;
