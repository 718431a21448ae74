import * as z from 'zod/mini';
import { ATTENDANCE_REASONS } from '../../model/context.ts';
import { parseDate } from '../../model/dates.ts';

// The answers of the frequent-attender check (frequent-attender.md "Items", V1–V14). Every key is
// optional: a draft is partial. Option codes are the spec's, exactly; items.ts labels them.

export const HISTORY_CHECK_ACTIONS = [
  'asked-family',
  'checked-cpis',
  'checked-gp-record',
  'checked-local-record',
  'phoned-other-site',
  'lead-to-check',
  'none-possible',
] as const;
export const V3_DEPARTMENT_TYPES = ['01', '02', '03', '04', 'ooh-gp', 'unknown'] as const;
export const ATTENDANCE_CATEGORIES = ['unplanned', 'planned-follow-up'] as const;
export const V3_SOURCES = ['local', 'shared-record', 'cp-is', 'self-report'] as const;
export const PATTERN_FEATURES = [
  'similar-injuries',
  'unexplained-injuries',
  'different-places',
  'different-adults',
  'late-night',
  'delayed',
  'left-before-seen',
  'missed-follow-up',
  'increasing',
  'none',
] as const;
export const ATTENDANCE_EXPLANATIONS = [
  'long-term-condition',
  'one-illness',
  'separate-accidents',
  'no-gp-access',
  'none-given',
  'inconsistent',
] as const;
export const REVIEW_DECISIONS = [
  'no-concern',
  'concern-discuss',
  'concern-refer',
  'inform-social-worker',
] as const;
export const LEAD_DISCUSSIONS = ['discussed', 'arranged'] as const;

/** An ODS organisation code: 3–10 letters or digits, compared case-insensitively. */
export const ODS_CODE_RE = /^[A-Za-z0-9]{3,10}$/;

const choice = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z.optional(z.enum(codes, { error: 'Choose one of the options listed for this question.' }));
const multi = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z.optional(
    z.array(z.enum(codes, { error: 'This is not one of the options listed for this question.' }), {
      error: 'Give a list of the options that apply (an empty list means none).',
    }),
  );
const yesNo = z.optional(z.enum(['yes', 'no'], { error: 'Choose yes or no.' }));
const yesNoUnknown = z.optional(z.enum(['yes', 'no', 'unknown'], { error: 'Choose yes, no or not known.' }));
const text = z.optional(z.string({ error: 'Enter text.' }));
const date = z.optional(
  z.string({ error: 'Enter a date.' }).check(
    z.refine((value) => parseDate(value) !== undefined, {
      error: 'Enter a real date as YYYY-MM-DD, for example 2025-01-06.',
    }),
  ),
);
const odsCode = z.optional(
  z.string({ error: 'Enter the ODS organisation code.' }).check(
    z.regex(ODS_CODE_RE, {
      error: 'An ODS organisation code is 3 to 10 letters or digits, for example RXX.',
    }),
  ),
);

/** One V3 row: a visit found elsewhere or reported by the family. */
export const otherAttendanceSchema = z.strictObject({
  date,
  providerName: text,
  providerId: odsCode,
  departmentType: choice(V3_DEPARTMENT_TYPES),
  category: choice(ATTENDANCE_CATEGORIES),
  reasons: multi(ATTENDANCE_REASONS),
  leftBeforeSeen: yesNoUnknown,
  safeguardingConcernRecorded: yesNoUnknown,
  source: choice(V3_SOURCES),
});

export const frequentAttenderSchema = z.strictObject({
  historyCheckActions: multi(HISTORY_CHECK_ACTIONS),
  historyCheckNote: text,
  otherAttendances: z.optional(
    z.array(otherAttendanceSchema, { error: 'Give a list of visits (an empty list means none found).' }),
  ),
  todayReasons: multi(ATTENDANCE_REASONS),
  knownToSocialCare: yesNoUnknown,
  patternReviewed: yesNo,
  patternFeatures: multi(PATTERN_FEATURES),
  attendanceExplanation: choice(ATTENDANCE_EXPLANATIONS),
  explanationDetail: text,
  reviewDecision: choice(REVIEW_DECISIONS),
  decisionReason: text,
  leadDiscussion: choice(LEAD_DISCUSSIONS),
  leadName: text,
  headInjuryToday: yesNo,
});

export type FrequentAttenderAnswers = z.infer<typeof frequentAttenderSchema>;
export type FrequentAttenderKey = keyof FrequentAttenderAnswers & string;
export type OtherAttendance = z.infer<typeof otherAttendanceSchema>;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
