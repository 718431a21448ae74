import {
  ATTENDANCE_REASONS,
  LEVELS,
  PROFORMA_IDS,
  type AttendanceOutcome,
  type AttendanceRecord,
  type AttendanceSource,
  type DepartmentType,
  type Sex,
} from '@proformas/core';
import * as z from 'zod';
import { ATTENDANCE_STATUSES } from './records/attendances.ts';
import { isValidNhsNumber, normaliseNhsNumber } from './nhsNumber.ts';

// Field schemas shared by the routes. Enumerations come from @proformas/core, so the API accepts
// exactly what the proformas understand.

export const idSchema = z
  .string({ error: 'Give an id.' })
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
    error: 'Use a UUID made by the client (for example from crypto.randomUUID()).',
  })
  .transform((id) => id.toLowerCase());

export const nhsNumberSchema = z
  .string({ error: 'Give the NHS number.' })
  .transform(normaliseNhsNumber)
  .refine(isValidNhsNumber, {
    error: 'Enter a 10-digit NHS number whose last digit is its check digit (for example 943 476 5919).',
  });

const realDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

export const dateSchema = z
  .string({ error: 'Give a date as YYYY-MM-DD.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter a date as YYYY-MM-DD.' })
  .refine(realDate, { error: 'Enter a real date as YYYY-MM-DD.' });

export const dateTimeSchema = z
  .string({ error: 'Give a date and time.' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, {
    error: 'Enter an ISO 8601 date and time with a UTC offset, for example 2025-03-04T13:40:00Z.',
  })
  .refine((value) => !Number.isNaN(Date.parse(value)), { error: 'Enter a real date and time.' });

export const text = (max: number, what = 'This field') =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .max(max, { error: `${what} must be ${max} characters or fewer.` });

export const requiredText = (max: number, what = 'This field') =>
  text(max, what).min(1, { error: `${what} cannot be empty.` });

export const SEXES = ['female', 'male', 'indeterminate', 'unknown'] as const satisfies readonly Sex[];
export const sexSchema = z.enum(SEXES, { error: 'Choose female, male, indeterminate or unknown.' });

export const DEPARTMENT_TYPES = [
  '01',
  '02',
  '03',
  '04',
  'ooh-gp',
] as const satisfies readonly DepartmentType[];
export const departmentTypeSchema = z.enum(DEPARTMENT_TYPES);

export const reasonsSchema = z.array(
  z.enum(ATTENDANCE_REASONS, { error: `Use the reason codes: ${ATTENDANCE_REASONS.join(', ')}.` }),
  { error: 'Give a list of reasons (an empty list when not coded).' },
);

export const CATEGORIES = ['unplanned', 'planned-follow-up'] as const;
export const categorySchema = z.enum(CATEGORIES, { error: 'Choose unplanned or planned-follow-up.' });

export const OUTCOMES = [
  'discharged',
  'follow-up-arranged',
  'referred-on',
  'admitted',
  'transferred',
  'left-before-complete',
  'unknown',
] as const satisfies readonly AttendanceOutcome[];
export const outcomeSchema = z.enum(OUTCOMES);

export const SOURCES = [
  'local',
  'shared-record',
  'cp-is',
  'self-report',
] as const satisfies readonly AttendanceSource[];

export const proformaIdSchema = z.enum(PROFORMA_IDS, {
  error: `Use a proforma id: ${PROFORMA_IDS.join(', ')}.`,
});
export const levelSchema = z.enum(LEVELS, { error: `Use a level: ${LEVELS.join(', ')}.` });

/** A JSON object (answers, snapshots, metadata); its content is checked elsewhere. */
export const jsonObjectSchema = z.record(z.string(), z.unknown(), { error: 'Give a JSON object.' });

/** The registry's record, exactly the AttendanceRecord of frequent-attender.md. */
export const attendanceRecordSchema = z.strictObject({
  id: z.string().min(1),
  nhsNumber: z.string().regex(/^\d{10}$/),
  arrivedAt: dateTimeSchema,
  providerId: z.string().regex(/^[A-Za-z0-9]{3,10}$/),
  providerName: z.string(),
  siteId: z.string().optional(),
  departmentType: departmentTypeSchema,
  category: categorySchema,
  reasons: reasonsSchema,
  presentingComplaint: z.string().optional(),
  safeguardingConcernRecorded: z.boolean(),
  leftBeforeSeen: z.boolean(),
  outcome: outcomeSchema,
  referralMade: z.boolean(),
  referralTo: z.string().optional(),
  referralReference: z.string().optional(),
  source: z.enum(SOURCES),
}) satisfies z.ZodType<AttendanceRecord>;

export const attendanceStatusSchema = z.enum(ATTENDANCE_STATUSES, {
  error: `Use a status: ${ATTENDANCE_STATUSES.join(', ')}.`,
});
