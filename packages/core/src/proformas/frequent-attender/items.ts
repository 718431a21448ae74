import { conditionBuilders } from '../../model/condition.ts';
import type { Item } from '../../model/item.ts';
import {
  CATEGORY_OPTIONS,
  DECISION_OPTIONS,
  DEPARTMENT_OPTIONS,
  EXPLANATION_OPTIONS,
  HISTORY_CHECK_OPTIONS,
  LEAD_OPTIONS,
  PATTERN_OPTIONS,
  REASON_OPTIONS,
  SOURCE_OPTIONS,
} from './options.ts';
import type { FrequentAttenderKey } from './schema.ts';
import type { FrequentAttenderDerivedName, FrequentAttenderPhaseId } from './types.ts';

// frequent-attender.md "Items" V1–V14 and "Completion rules" (messages word for word).

type FaItem = Item<FrequentAttenderKey, FrequentAttenderDerivedName, FrequentAttenderPhaseId>;
const c = conditionBuilders<FrequentAttenderKey, FrequentAttenderDerivedName>();
const answer = (question: string): string => `Answer '${question}' before you sign off.`;

export const HISTORY_UNAVAILABLE_MESSAGE =
  'Attendance history could not be checked. Record what you did instead (question V1), what you found (V2) and any other visits (V3).';
export const PATTERN_REVIEWED_MESSAGE = 'Read through the earlier visits before you sign off.';
export const LEAD_MUST_DISCUSS_MESSAGE =
  'This child must be discussed with the safeguarding lead or a senior clinician before leaving. Record the discussion.';

export const REVIEW_SHOWN = c.any(c.derived('repeatAttender'), c.derived('patternConcern'));
export const LEAD_SHOWN = c.any(
  c.derived('frequentAttender'),
  c.derived('patternConcern'),
  c.oneOf('reviewDecision', ['concern-discuss', 'concern-refer']),
);

const text = (key: FrequentAttenderKey, code: string, phase: FrequentAttenderPhaseId, question: string) =>
  ({ key, code, phase, question, type: 'text', required: true }) as const;

const items: readonly FaItem[] = [
  {
    key: 'historyCheckActions',
    code: 'V1',
    phase: 'historyUnavailable',
    question: 'The attendance history could not be checked. What did you do instead?',
    type: 'multi',
    options: HISTORY_CHECK_OPTIONS,
    shownWhen: c.derived('historyUnavailable'),
    required: true,
    minEntries: 1,
    requiredMessage: HISTORY_UNAVAILABLE_MESSAGE,
  },
  {
    ...text(
      'historyCheckNote',
      'V2',
      'historyUnavailable',
      'What did you find, and what still needs checking, and by whom?',
    ),
    shownWhen: c.derived('historyUnavailable'),
    requiredMessage: HISTORY_UNAVAILABLE_MESSAGE,
  },
  {
    key: 'otherAttendances',
    code: 'V3',
    phase: 'listing',
    alsoAskedIn: ['historyUnavailable'],
    question: 'Other urgent-care visits not in the list above (found elsewhere or told to you)',
    hint: 'Add every visit you found in other records or were told about. If the history could not be checked, record here that you found none, if so.',
    type: 'group',
    // An empty list means "none found" and answers it.
    required: c.derived('historyUnavailable'),
    minEntries: 0,
    requiredMessage: HISTORY_UNAVAILABLE_MESSAGE,
    rowLabel: { field: 'providerName', fallback: 'Visit' },
    fields: [
      { key: 'date', code: 'V3.1', question: 'Date of the visit', type: 'date', required: true },
      {
        key: 'providerName',
        code: 'V3.2',
        question: 'Where (the service’s name)',
        type: 'text',
        required: true,
      },
      {
        key: 'providerId',
        code: 'V3.3',
        question: 'ODS organisation code, if known',
        type: 'text',
        required: false,
      },
      {
        key: 'departmentType',
        code: 'V3.4',
        question: 'Kind of service',
        type: 'choice',
        options: DEPARTMENT_OPTIONS,
        required: false,
      },
      {
        key: 'category',
        code: 'V3.5',
        question: 'Was the visit planned?',
        type: 'choice',
        options: CATEGORY_OPTIONS,
        required: true,
      },
      {
        key: 'reasons',
        code: 'V3.6',
        question: 'What was it for?',
        type: 'multi',
        options: REASON_OPTIONS,
        required: false,
      },
      {
        key: 'leftBeforeSeen',
        code: 'V3.7',
        question: 'Did the child leave before being seen, or before treatment was finished?',
        type: 'yes-no-unknown',
        required: false,
      },
      {
        key: 'safeguardingConcernRecorded',
        code: 'V3.8',
        question: 'Was a safeguarding concern recorded at that visit?',
        type: 'yes-no-unknown',
        required: true,
      },
      {
        key: 'source',
        code: 'V3.9',
        question: 'Where did you find it?',
        type: 'choice',
        options: SOURCE_OPTIONS,
        required: true,
      },
    ],
  },
  {
    key: 'todayReasons',
    code: 'V4',
    phase: 'reviewingVisits',
    question: 'What is today’s visit about?',
    type: 'multi',
    options: REASON_OPTIONS,
    shownWhen: c.derived('frequentAttender'),
    required: true,
    minEntries: 1,
  },
  {
    key: 'knownToSocialCare',
    code: 'V5',
    phase: 'reviewingVisits',
    question:
      'Is the child on a child protection plan, looked after, on a child-in-need plan, or does the child have an allocated social worker?',
    hint: 'Filled in from the triage (CP-IS and social worker questions) where it can be.',
    type: 'yes-no-unknown',
    shownWhen: c.derived('frequentAttender'),
    required: true,
  },
  {
    key: 'patternReviewed',
    code: 'V6',
    phase: 'reviewingVisits',
    question: 'Have you read through the earlier visits listed?',
    type: 'yes-no',
    shownWhen: c.derived('repeatAttender'),
    required: true,
    blocksCompletion: ['no'],
    requiredMessage: PATTERN_REVIEWED_MESSAGE,
  },
  {
    key: 'patternFeatures',
    code: 'V7',
    phase: 'reviewingVisits',
    question: 'What do you notice about the visits?',
    type: 'multi',
    options: PATTERN_OPTIONS,
    shownWhen: c.derived('repeatAttender'),
    required: true,
    minEntries: 1,
  },
  {
    key: 'attendanceExplanation',
    code: 'V8',
    phase: 'reviewingVisits',
    question: 'Is there a reasonable explanation for the number of visits?',
    type: 'choice',
    options: EXPLANATION_OPTIONS,
    shownWhen: c.derived('repeatAttender'),
    required: true,
  },
  {
    ...text('explanationDetail', 'V9', 'reviewingVisits', 'What explanation was given, and by whom?'),
    shownWhen: c.derived('repeatAttender'),
  },
  {
    key: 'reviewDecision',
    code: 'V10',
    phase: 'reviewingVisits',
    question: 'What have you decided?',
    type: 'choice',
    options: DECISION_OPTIONS,
    shownWhen: REVIEW_SHOWN,
    required: true,
  },
  {
    ...text(
      'decisionReason',
      'V11',
      'reviewingVisits',
      'Why? (plain words: this goes into the notification)',
    ),
    shownWhen: REVIEW_SHOWN,
  },
  {
    key: 'leadDiscussion',
    code: 'V12',
    phase: 'discussing',
    question: 'Discussion with the safeguarding lead or senior clinician',
    type: 'choice',
    options: LEAD_OPTIONS,
    shownWhen: LEAD_SHOWN,
    required: true,
  },
  {
    ...text('leadName', 'V13', 'discussing', 'Who did you discuss it with (name and role)?'),
    shownWhen: c.eq('leadDiscussion', 'discussed'),
  },
  {
    key: 'headInjuryToday',
    code: 'V14',
    phase: 'listing',
    question: 'Is today’s visit for a head injury (any bump, bruise, swelling or cut to the head)?',
    hint: 'Filled in as yes when the triage records a head injury.',
    type: 'yes-no',
    shownWhen: c.derived('headInjuryAsked'),
    required: true,
  },
];

/** Every item; a missing item's message is the spec's "Answer '<question>' before you sign off." */
export const frequentAttenderItems: readonly FaItem[] = items.map((item) =>
  item.requiredMessage ? item : { ...item, requiredMessage: answer(item.question) },
);
