import type { Age } from '../../model/age.ts';
import { resolveConfig } from '../../model/config.ts';
import type { AssessmentContext } from '../../model/context.ts';
import { londonDate, parseDate, compareDates } from '../../model/dates.ts';
import type { CompletionInput, ContextIssue, Phase, ProformaDefinition } from '../../model/proforma.ts';
import { frequentAttenderConfigIssues } from './config.ts';
import { deriveFrequentAttender, type FrequentAttenderDerived } from './derived.ts';
import { frequentAttenderDerivedReads } from './derivedReads.ts';
import { frequentAttenderItems, LEAD_MUST_DISCUSS_MESSAGE, LEAD_SHOWN, REVIEW_SHOWN } from './items.ts';
import { attendanceRecordIssues } from './records.ts';
import { FREQUENT_ATTENDER_RULE_IDS, frequentAttenderRules } from './rules.ts';
import { frequentAttenderSchema, type FrequentAttenderAnswers } from './schema.ts';
import type { FrequentAttenderPhaseId } from './types.ts';

/** The phases of frequent-attender.md "Flow"; the escalation banner is an alert, not a phase. */
const phases: readonly Phase<FrequentAttenderPhaseId>[] = [
  { id: 'lookingUp', title: 'Looking up' },
  { id: 'historyUnavailable', title: 'History unavailable' },
  { id: 'listing', title: 'Listing' },
  { id: 'reviewingVisits', title: 'Reviewing' },
  { id: 'discussing', title: 'Discussing' },
];

/** Context checks: the registry records, the site settings, V3 dates, and the age band. */
const checkContext = (
  context: AssessmentContext,
  age: Age,
  answers: Record<string, unknown>,
): ContextIssue[] => {
  const issues = [
    ...attendanceRecordIssues(context.priorAttendances),
    ...frequentAttenderConfigIssues(resolveConfig(context.config)),
  ];
  // SAFER READING: the spec runs this form for ages 0–17 only and is silent on an adult; its
  // actions (school nurse, frequent-attender flag) would be wrong for one, so it is refused.
  if (age.years >= 18) {
    issues.push({
      key: 'patient.dateOfBirth',
      code: 'A1',
      message: 'The frequent-attender check is for children under 18 in this version.',
    });
  }
  // SAFER READING: "a date after the attendance date is invalid" (Derived values) is treated as
  // invalid input, like a wrong type: it throws rather than being silently left out of the counts.
  const today = londonDate(context.attendance.arrivedAt);
  const rows = Array.isArray(answers['otherAttendances']) ? (answers['otherAttendances'] as unknown[]) : [];
  rows.forEach((row, index) => {
    const date = row && typeof row === 'object' ? (row as { date?: unknown }).date : undefined;
    const parsed = typeof date === 'string' ? parseDate(date) : undefined;
    if (parsed && compareDates(parsed, today) > 0) {
      issues.push({
        key: 'otherAttendances',
        code: 'V3.1',
        message: `Visit ${index + 1}: the date ${date} is after today's attendance. Enter the date of the earlier visit.`,
      });
    }
  });
  return issues;
};

/** V12 `arranged` only when the FA level is FA2, FA-P has not fired and V10 is not a concern. */
const completionChecks = ({
  answers,
  derived,
}: CompletionInput<FrequentAttenderAnswers, FrequentAttenderDerived>): ContextIssue[] =>
  answers.leadDiscussion === 'arranged' && !derived.leadByNextWorkingDay
    ? [{ key: 'leadDiscussion', code: 'V12', message: LEAD_MUST_DISCUSS_MESSAGE }]
    : [];

export const frequentAttender: ProformaDefinition<
  FrequentAttenderAnswers,
  FrequentAttenderDerived,
  FrequentAttenderPhaseId
> = {
  id: 'frequent-attender',
  title: 'Frequent-attender check',
  purpose:
    'For every child under 18: has this child come back to urgent care often enough, to enough places, or in a worrying enough way, that someone must look at the pattern?',
  // The spec carries no version number; this is the rule-set version (coding.md: Questionnaire.version).
  specVersion: '0.1.0',
  reviewStatus: 'draft',
  schema: frequentAttenderSchema,
  items: frequentAttenderItems,
  phases,
  phaseShownWhen: {
    historyUnavailable: { op: 'derived', name: 'historyUnavailable' },
    reviewingVisits: REVIEW_SHOWN,
    discussing: LEAD_SHOWN,
  },
  alerts: [
    {
      id: 'discuss-before-leaving',
      when: { op: 'derived', name: 'leadBeforeLeaving' },
      message: 'Discuss with the safeguarding lead before this child leaves',
    },
    {
      id: 'lead-next-working-day',
      when: { op: 'derived', name: 'leadByNextWorkingDay' },
      message: 'Tell the safeguarding lead by the end of the next working day',
    },
  ],
  derive: deriveFrequentAttender,
  derivedReads: frequentAttenderDerivedReads,
  rules: frequentAttenderRules,
  detail: ({ derived }) => ({
    faLevel: derived.faLevel,
    n12: derived.n12,
    n6: derived.n6,
    providers12: derived.providers12,
  }),
  checkContext,
  completionChecks,
  ruleIds: FREQUENT_ATTENDER_RULE_IDS,
};
