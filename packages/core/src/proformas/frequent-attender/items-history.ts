import {
  CATEGORY_OPTIONS,
  DEPARTMENT_OPTIONS,
  HISTORY_CHECK_OPTIONS,
  REASON_OPTIONS,
  SOURCE_OPTIONS,
} from './options.ts';
import { c, HISTORY_UNAVAILABLE_MESSAGE, textItem, type FaItem } from './items-common.ts';

// frequent-attender.md "Items" V1–V3 (history unavailable; visits not in the list) and V14 (listing).

export const historyItems: readonly FaItem[] = [
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
    ...textItem(
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
];

export const headInjuryItem: FaItem = {
  key: 'headInjuryToday',
  code: 'V14',
  phase: 'listing',
  question: 'Is today’s visit for a head injury (any bump, bruise, swelling or cut to the head)?',
  hint: 'Filled in as yes when the triage records a head injury.',
  type: 'yes-no',
  shownWhen: c.derived('headInjuryAsked'),
  required: true,
};
