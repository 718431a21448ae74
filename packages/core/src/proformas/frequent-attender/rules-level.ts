import { londonDate, nextWorkingDay } from '../../model/dates.ts';
import { firing, type Firing } from '../../model/rule.ts';
import type { Escalator } from './derived.ts';
import type { FrequentAttenderInput, FrequentAttenderRule } from './types.ts';
import {
  joinAnd,
  longDate,
  longWindowPhrase,
  REASON_NOUNS,
  shortWindowPhrase,
  todayPhrase,
  visitCount,
  visitPhrase,
} from './wording.ts';

// frequent-attender.md "Rules" FA0–FA3: exactly one fires, from `faLevel` (all [PROJECT RULE]s).

const project = { status: 'project-rule' } as const;

const countSentence = ({ derived, context, config }: FrequentAttenderInput): string =>
  `${visitCount(derived.n12, !derived.historyAvailable)} ${longWindowPhrase(config)}, ${todayPhrase(
    derived.counts.currentCounted,
    context.attendance.category,
  )}`;

/** "by the end of the next working day (Tuesday 7 January 2025)", or before leaving when sooner is needed. */
const leadDeadline = (input: FrequentAttenderInput): string => {
  if (input.derived.leadBeforeLeaving) return 'before this child leaves';
  const due = nextWorkingDay(londonDate(input.context.attendance.arrivedAt), input.config.bankHolidays);
  return `by the end of the next working day (${longDate(due)})`;
};

// FA0 — not a repeat attender: NO_CONCERN, no actions (the triage sends ROUTINE_SUMMARY, P-R8).
export const fa0: FrequentAttenderRule = {
  id: 'FA0',
  evaluate: (input) =>
    input.derived.faLevel === 'FA0'
      ? [firing('FA0', 'NO_CONCERN', [], `Not a repeat attender: ${countSentence(input)}.`, project)]
      : [],
};

// FA1 — repeat attender: NOTIFY; NOTIFY_GP, hvOrSn (the routine summary with the pattern added).
export const fa1: FrequentAttenderRule = {
  id: 'FA1',
  evaluate: (input) =>
    input.derived.faLevel === 'FA1'
      ? [
          firing(
            'FA1',
            'NOTIFY',
            ['NOTIFY_GP', input.derived.hvOrSn],
            `A repeat attender: ${countSentence(input)}. Read through the earlier visits, and tell the GP and the ${
              input.derived.hvOrSn === 'NOTIFY_HV' ? 'health visitor' : 'school nurse'
            } about the pattern.`,
            project,
          ),
        ]
      : [],
};

// FA2 — frequent attender, no escalator: DISCUSS; lead by the end of the next working day, FA_FLAG.
export const fa2: FrequentAttenderRule = {
  id: 'FA2',
  evaluate: (input) =>
    input.derived.faLevel === 'FA2'
      ? [
          firing(
            'FA2',
            'DISCUSS',
            ['INFORM_SAFEGUARDING_LEAD', 'FA_FLAG', 'NOTIFY_GP', input.derived.hvOrSn],
            `A frequent attender: ${countSentence(input)}. Tell the safeguarding lead ${leadDeadline(input)}.`,
            project,
          ),
        ]
      : [],
};

const escalatorReason = (escalator: Escalator, input: FrequentAttenderInput): string => {
  const { derived, config } = input;
  const atLeast = !derived.historyAvailable;
  switch (escalator) {
    case 'shortWindow':
      return `${visitCount(derived.n6, atLeast)} ${shortWindowPhrase(config)}.`;
    case 'manyProviders':
      return `Visits to ${atLeast ? 'at least ' : ''}${derived.providers12} different providers ${longWindowPhrase(config)}.`;
    case 'previousConcern':
      return `A safeguarding concern was recorded at an earlier visit: ${joinAnd(derived.concernVisits.map(visitPhrase))}.`;
    case 'socialCareFlag':
      return 'The child is known to children’s social care (a child protection plan, looked after, a child-in-need plan or an allocated social worker): tell the social worker about this visit.';
    case 'escalatingReason': {
      const reasons = new Set(
        [
          ...derived.escalatingVisits.flatMap((v) => v.reasons),
          ...(derived.counts.currentCounted ? derived.todayReasons : []),
        ].filter((r) => config.faEscalatingReasons.includes(r)),
      );
      return `Visits in this period were for ${joinAnd([...reasons].map((r) => REASON_NOUNS[r]))}.`;
    }
    default:
      return escalator satisfies never;
  }
};

// FA3 — frequent attender, escalate: DISCUSS before the child leaves; CONSIDER_MASH, lead, FA_FLAG,
// NOTIFY_GP, hvOrSn, and CPIS_INFORM_SOCIAL_WORKER when socialCareFlag holds. Reasons name every escalator.
export const fa3: FrequentAttenderRule = {
  id: 'FA3',
  evaluate: (input): Firing[] => {
    const { derived } = input;
    if (derived.faLevel !== 'FA3') return [];
    return [
      firing(
        'FA3',
        'DISCUSS',
        ['CONSIDER_MASH', 'INFORM_SAFEGUARDING_LEAD', 'FA_FLAG', 'NOTIFY_GP', derived.hvOrSn],
        `A frequent attender with a reason to escalate: ${countSentence(input)}. Discuss with the safeguarding lead before this child leaves; the lead decides about a MASH referral and records why.`,
        project,
      ),
      ...derived.escalators.map((escalator) =>
        firing(
          'FA3',
          'DISCUSS',
          escalator === 'socialCareFlag' ? ['CPIS_INFORM_SOCIAL_WORKER'] : [],
          escalatorReason(escalator, input),
          project,
        ),
      ),
    ];
  },
};
