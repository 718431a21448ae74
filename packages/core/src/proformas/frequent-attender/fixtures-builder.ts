import type { SafeguardingConfig } from '../../model/config.ts';
import type {
  AssessmentContext,
  AttendanceReason,
  AttendanceRecord,
  DepartmentType,
  Sex,
} from '../../model/context.ts';
import { addDays, formatDate, londonDate } from '../../model/dates.ts';
import type { FrequentAttenderAnswers, OtherAttendance } from './schema.ts';

// Builders for frequent-attender.md "Worked examples": days are relative to the attendance date
// (day 0); X and Y are provider organisations; today's visit is unplanned at X unless stated.
// Every name, number and place is synthetic.

/** Every example arrives at this instant: Wednesday 12 March 2025, 10:30 in London. */
export const ARRIVAL = '2025-03-12T10:30:00+00:00';
export const NHS_NUMBER = '9990000018';
export const X = { providerId: 'RXA', providerName: 'Exampleton Minor Injury Unit' } as const;
export const Y = { providerId: 'RYB', providerName: 'Wyeford Urgent Treatment Centre' } as const;

/** The calendar date `days` from the attendance date (negative: before). */
export const dayOf = (days: number): string => formatDate(addDays(londonDate(ARRIVAL), days));

export const faContext = (
  dateOfBirth: string,
  sex: Sex,
  priorAttendances: AttendanceRecord[] | undefined,
  extra: {
    category?: 'unplanned' | 'planned-follow-up';
    departmentType?: DepartmentType;
    reasons?: AttendanceReason[];
    config?: Partial<SafeguardingConfig>;
  } = {},
): AssessmentContext => ({
  patient: { dateOfBirth, sex },
  attendance: {
    arrivedAt: ARRIVAL,
    providerId: X.providerId,
    departmentType: extra.departmentType ?? '03',
    category: extra.category ?? 'unplanned',
    ...(extra.reasons ? { reasons: extra.reasons } : {}),
  },
  ...(priorAttendances ? { priorAttendances } : {}),
  ...(extra.config ? { config: extra.config } : {}),
});

/** A registry record `days` from the attendance date (negative: before), at 09:00 UTC. */
export const visit = (
  id: string,
  days: number,
  where: { providerId: string; providerName: string } = X,
  extra: Partial<AttendanceRecord> = {},
): AttendanceRecord => ({
  id,
  nhsNumber: NHS_NUMBER,
  arrivedAt: `${dayOf(days)}T09:00:00+00:00`,
  ...where,
  departmentType: '03',
  category: 'unplanned',
  reasons: [],
  safeguardingConcernRecorded: false,
  leftBeforeSeen: false,
  outcome: extra.leftBeforeSeen ? 'left-before-complete' : 'discharged',
  referralMade: false,
  source: 'shared-record',
  ...extra,
});

/** A V3 row: a visit the family reported, unplanned, no concern recorded. */
export const reportedVisit = (
  days: number,
  providerName: string,
  extra: OtherAttendance = {},
): OtherAttendance => ({
  date: dayOf(days),
  providerName,
  category: 'unplanned',
  safeguardingConcernRecorded: 'no',
  source: 'self-report',
  ...extra,
});

type Answers = Partial<FrequentAttenderAnswers>;

/** The review (V6–V11) with the spec's defaults: V7 [none], V8 an explanation that fits. */
export const reviewed = (extra: Answers = {}): Answers => ({
  patternReviewed: 'yes',
  patternFeatures: ['none'],
  attendanceExplanation: 'one-illness',
  explanationDetail: 'Mother says the visits were for the same chest infection (synthetic).',
  reviewDecision: 'no-concern',
  decisionReason: 'Each visit is explained by one illness; the GP will see the pattern (synthetic).',
  ...extra,
});

/** V12–V13: discussed with the lead before the child left. */
export const discussed: Answers = {
  leadDiscussion: 'discussed',
  leadName: 'Dr Alex Example, named nurse for safeguarding (synthetic)',
};

/** V1–V3 after a failed lookup. */
export const historyNotChecked = (
  rows: OtherAttendance[],
  actions: Answers['historyCheckActions'],
): Answers => ({
  historyCheckActions: actions,
  historyCheckNote:
    'No registry reply. The family reported the visits listed; the lead will check tomorrow (synthetic).',
  otherAttendances: rows,
});
