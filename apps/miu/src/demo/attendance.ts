import { londonIso } from '@proformas/react';

/** The attendance in progress: which child, and when they arrived. Kept so a reload resumes it. */
export interface Attendance {
  childId: string;
  arrivedAt: string;
}

const KEY = 'miu:attendance';

export const loadAttendance = (): Attendance | undefined => {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (value && typeof value === 'object' && 'childId' in value && 'arrivedAt' in value) {
      const { childId, arrivedAt } = value;
      if (typeof childId === 'string' && typeof arrivedAt === 'string') return { childId, arrivedAt };
    }
  } catch {
    // Unreadable: start afresh.
  }
  return undefined;
};

export const saveAttendance = (attendance: Attendance | undefined): void => {
  if (attendance) localStorage.setItem(KEY, JSON.stringify(attendance));
  else localStorage.removeItem(KEY);
};

/** Now, to the minute, as ISO 8601 with the Europe/London offset. */
export const nowInLondon = (now = new Date()): string => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return londonIso(
    `${get('year')}-${get('month')}-${get('day')}`,
    Number(get('hour')),
    Number(get('minute')),
  );
};

/** Where the triage draft of an attendance is kept. */
export const draftKeyOf = (attendance: Attendance): string =>
  `miu:triage:${attendance.childId}:${attendance.arrivedAt}`;
