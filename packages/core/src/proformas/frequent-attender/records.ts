import * as z from 'zod/mini';
import { ATTENDANCE_REASONS, type AttendanceRecord } from '../../model/context.ts';
import { isDateTimeWithOffset } from '../../model/dates.ts';
import type { ContextIssue } from '../../model/proforma.ts';
import { ODS_CODE_RE } from './schema.ts';

// The registry's AttendanceRecord (frequent-attender.md "Input types") and its validation: a bad
// record throws ProformaValidationError on `priorAttendances`; in the statechart, a reply that fails
// this schema is "the records returned could not be read" (history unavailable, FA-U).

export const NHS_NUMBER_RE = /^\d{10}$/;

export const attendanceRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  nhsNumber: z.string().check(z.regex(NHS_NUMBER_RE)),
  arrivedAt: z.string().check(z.refine(isDateTimeWithOffset)),
  providerId: z.string().check(z.regex(ODS_CODE_RE)),
  providerName: z.string(),
  siteId: z.optional(z.string()),
  departmentType: z.enum(['01', '02', '03', '04', 'ooh-gp']),
  category: z.enum(['unplanned', 'planned-follow-up']),
  reasons: z.array(z.enum(ATTENDANCE_REASONS)),
  presentingComplaint: z.optional(z.string()),
  safeguardingConcernRecorded: z.boolean(),
  leftBeforeSeen: z.boolean(),
  outcome: z.enum([
    'discharged',
    'follow-up-arranged',
    'referred-on',
    'admitted',
    'transferred',
    'left-before-complete',
    'unknown',
  ]),
  referralMade: z.boolean(),
  referralTo: z.optional(z.string()),
  referralReference: z.optional(z.string()),
  source: z.enum(['local', 'shared-record', 'cp-is', 'self-report']),
});

/** What a clinician calls each field, for messages. */
const FIELD_NAMES: Record<string, string> = {
  id: 'the record id',
  nhsNumber: 'the NHS number (10 digits, no spaces)',
  arrivedAt: 'the arrival time (a date-time with its offset)',
  providerId: 'the provider code (3 to 10 letters or digits)',
  providerName: 'the provider name',
  siteId: 'the site code',
  departmentType: 'the department type',
  category: 'planned or unplanned',
  reasons: 'the reasons for the visit',
  presentingComplaint: 'the presenting complaint',
  safeguardingConcernRecorded: 'whether a safeguarding concern was recorded',
  leftBeforeSeen: 'whether the child left before being seen',
  outcome: 'the outcome',
  referralMade: 'whether a referral was made',
  referralTo: 'whom the referral went to',
  referralReference: 'the referral reference',
  source: 'the source of the record',
};

const issue = (message: string): ContextIssue => ({
  key: 'priorAttendances',
  code: 'priorAttendances',
  message,
});

/** Every problem with the registry's records, in plain words; empty when they can be read. */
export const attendanceRecordIssues = (records: unknown): ContextIssue[] => {
  if (records === undefined) return [];
  if (!Array.isArray(records)) return [issue('The attendance history must be a list of visits.')];
  const issues: ContextIssue[] = [];
  records.forEach((record: unknown, index) => {
    const result = attendanceRecordSchema.safeParse(record);
    if (result.success) return;
    const fields = [
      ...new Set(result.error.issues.map((i) => FIELD_NAMES[String(i.path[0])] ?? 'the record')),
    ];
    issues.push(
      issue(`Visit ${index + 1} in the attendance history cannot be read: check ${fields.join(', ')}.`),
    );
  });
  const numbers = new Set(
    records
      .map((r: unknown) =>
        r && typeof r === 'object' ? (r as { nhsNumber?: unknown }).nhsNumber : undefined,
      )
      .filter((n): n is string => typeof n === 'string' && NHS_NUMBER_RE.test(n)),
  );
  if (numbers.size > 1) {
    issues.push(issue('The attendance history holds visits for more than one NHS number.'));
  }
  return issues;
};

/**
 * Read a registry reply for one NHS number: the records, or undefined when it cannot be read (not a
 * list, a record failing the schema, or a record for another NHS number).
 */
export const readAttendanceRecords = (
  response: unknown,
  nhsNumber: string,
): AttendanceRecord[] | undefined => {
  if (!Array.isArray(response) || attendanceRecordIssues(response).length > 0) return undefined;
  const records = response.map((r: unknown) => attendanceRecordSchema.parse(r));
  // SAFER READING: records for another patient are "records that could not be read" (history
  // unavailable, FA-U), never merged into this child's history.
  return records.every((r) => r.nhsNumber === nhsNumber) ? records : undefined;
};
