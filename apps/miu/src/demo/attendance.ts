import type { ProformaId } from '@proformas/core';
import { londonIso } from '@proformas/react';

/** What the demo runs: one form, or every form the attendance needs (the encounter). */
export type DemoForm = ProformaId | 'encounter';

/** The attendance in progress: who, when they arrived, and which form. Kept so a reload resumes it. */
export interface Attendance {
  patientId: string;
  arrivedAt: string;
  form: DemoForm;
}

const KEY = 'miu:attendance';
const FORMS: readonly string[] = [
  'encounter',
  'paediatric-triage',
  'hidden-harm',
  'cse',
  'fgm',
  'frequent-attender',
];
const isForm = (value: unknown): value is DemoForm => typeof value === 'string' && FORMS.includes(value);

export const loadAttendance = (): Attendance | undefined => {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (value && typeof value === 'object' && 'patientId' in value && 'arrivedAt' in value) {
      const { patientId, arrivedAt } = value;
      // An attendance saved before the demo offered other forms is a triage.
      const form = 'form' in value ? value.form : 'paediatric-triage';
      if (typeof patientId === 'string' && typeof arrivedAt === 'string' && isForm(form))
        return { patientId, arrivedAt, form };
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

/** Where the drafts of an attendance are kept (a form's draft, or the encounter and its forms). */
export const draftKeyOf = (attendance: Attendance): string =>
  `miu:${attendance.form}:${attendance.patientId}:${attendance.arrivedAt}`;

/** Forget every draft of an attendance. */
export const clearDrafts = (attendance: Attendance): void => {
  const prefix = draftKeyOf(attendance);
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
  for (const key of keys) if (key?.startsWith(prefix)) localStorage.removeItem(key);
};
