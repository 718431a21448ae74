import type { AttendanceStatus, Patient } from '../api/types.ts';

const time = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
});
const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const date = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

export const formatTime = (iso: string): string => time.format(new Date(iso));
export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));
/** A `YYYY-MM-DD` date as "4 March 2025". */
export const formatDay = (day: string): string => date.format(new Date(`${day}T00:00:00Z`));

/** "999 001 0005": the NHS number in its usual 3-3-4 groups. */
export const formatNhsNumber = (nhs: string | null): string =>
  nhs ? `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}` : 'Not known';

export const fullName = (p: Pick<Patient, 'givenName' | 'familyName'>): string =>
  `${p.givenName} ${p.familyName}`;

export const STATUS_LABELS: Record<AttendanceStatus, string> = {
  waiting: 'Waiting',
  'in-triage': 'In triage',
  'forms-in-progress': 'Forms in progress',
  outcome: 'Outcome recorded',
  completed: 'Done',
};

/** Today's date in London, `YYYY-MM-DD`. */
export const londonToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
