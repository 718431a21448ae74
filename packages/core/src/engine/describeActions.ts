import type { ActionCode } from '../model/actions.ts';
import { resolveConfig } from '../model/config.ts';
import type { AssessmentContext } from '../model/context.ts';
import { endOfLondonDay, londonDate, nextWorkingDay } from '../model/dates.ts';
import type { Assessment } from './assess.ts';
import type { EncounterAssessment } from './assessEncounter.ts';
import { ACTION_LABELS, ACTION_TIMING } from './actionLabels.ts';

export interface ActionItem {
  code: ActionCode;
  label: string;
  /** ISO date-time where the spec gives a deadline. */
  due?: string;
  /** The timescale in words ("now", "this shift"). */
  timing?: string;
}

const formsOf = (a: Assessment | EncounterAssessment): Assessment[] =>
  'forms' in a ? Object.values(a.forms) : [a];

/** Each action with its plain-English label and, where the spec gives one, its deadline. */
export const describeActions = (
  assessment: Assessment | EncounterAssessment,
  context: AssessmentContext,
): ActionItem[] => {
  const config = resolveConfig(context.config);
  const forms = formsOf(assessment);
  const nextWorkingDayEnd = endOfLondonDay(
    nextWorkingDay(londonDate(context.attendance.arrivedAt), config.bankHolidays),
  );
  const fgmDue = forms
    .map((f) => (f.detail['s5b'] as { dueBy?: string } | undefined)?.dueBy)
    .find((d): d is string => typeof d === 'string');
  const cpisCheckDue = forms.some((f) => f.firedRules.includes('P-R13'));
  return assessment.actions.map((code) => {
    const timing = ACTION_TIMING[code];
    const item: ActionItem = { code, label: ACTION_LABELS[code], ...(timing ? { timing } : {}) };
    if (code === 'POLICE_101_FGM_REPORT')
      item.due = fgmDue ? endOfLondonDay(parseIso(fgmDue)) : nextWorkingDayEnd;
    if (code === 'INFORM_SAFEGUARDING_LEAD' && cpisCheckDue) {
      item.label = `${item.label} Check CP-IS again the next working day (it could not be checked).`;
      item.due = nextWorkingDayEnd;
    }
    return item;
  });
};

const parseIso = (date: string) => londonDate(`${date.slice(0, 10)}T12:00:00Z`);
