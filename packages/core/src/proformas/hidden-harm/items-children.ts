import { conditionBuilders } from '../../model/condition.ts';
import type { GroupField } from '../../model/item.ts';
import { options } from './items-common.ts';
import { CHILD_SEXES, CPIS_STATUSES, WHERE_NOW, WHO_CARING_NOW, type ChildField } from './schema.ts';

// The fields of the `children` group (hidden-harm.md "Fields of `children`"). Their conditions read
// the row's own answers only.

const row = conditionBuilders<ChildField>();

/** H1a: one row per child who lives with, or is looked after by, the patient. */
export const childFields: readonly GroupField<ChildField>[] = [
  {
    key: 'name',
    code: 'H1a.1',
    question: "Child's name",
    type: 'text',
    required: true,
    requiredMessage: "{row}: enter the child's name.",
  },
  {
    key: 'dateOfBirth',
    code: 'H1a.2',
    question: 'Date of birth',
    type: 'date',
    required: true,
    hint: 'Anyone 18 or over goes under other dependants, not here.',
    requiredMessage: '{row}: enter the date of birth.',
  },
  {
    key: 'sex',
    code: 'H1a.3',
    question: 'Sex',
    type: 'choice',
    required: true,
    options: options(CHILD_SEXES, {
      female: 'Female',
      male: 'Male',
      indeterminate: 'Indeterminate',
      unknown: 'Not known',
    }),
    requiredMessage: '{row}: enter the sex.',
  },
  {
    key: 'livesWithPatient',
    code: 'H1a.4',
    question: 'Does the child live with the patient?',
    type: 'yes-no',
    required: true,
    hint: 'No means the patient looks after the child, who lives elsewhere.',
    requiredMessage: '{row}: enter whether the child lives with the patient.',
  },
  {
    key: 'address',
    code: 'H1a.5',
    question: "Child's address",
    type: 'text',
    required: true,
    shownWhen: row.eq('livesWithPatient', 'no'),
    requiredMessage: "{row}: enter the child's address.",
  },
  {
    key: 'whereNow',
    code: 'H4a',
    question: 'Where is the child now?',
    type: 'choice',
    required: true,
    options: options(WHERE_NOW, {
      home: "The patient's home",
      'other-home': "Someone else's home",
      'school-childcare': 'School, nursery or childcare',
      'in-department': 'Here in the department',
      other: 'Somewhere else',
      unknown: 'Not known',
    }),
    requiredMessage: '{row}: enter where the child is now.',
  },
  {
    key: 'whoCaringNow',
    code: 'H4b',
    question: 'Who is looking after the child now?',
    type: 'choice',
    required: true,
    options: options(WHO_CARING_NOW, {
      'other-parent': 'The other parent',
      relative: 'A relative',
      friend: 'A friend',
      'childcare-school': 'School, nursery or childminder staff',
      patient: 'The patient, here',
      alone: 'Nobody: no adult is with the child',
      unknown: 'Not known',
    }),
    blocksCompletion: ['unknown'],
    hint: "'Not known' cannot be signed off: find out before the patient leaves.",
    requiredMessage: '{row}: enter who is looking after the child now.',
    blockedMessage:
      "Find out who is looking after {row} now. If you cannot, answer 'Is any child without a safe adult?' Yes.",
  },
  {
    key: 'carerName',
    code: 'H4c',
    question: "Carer's name and relationship to the child",
    type: 'text',
    required: true,
    shownWhen: row.oneOf('whoCaringNow', ['other-parent', 'relative', 'friend', 'childcare-school']),
    requiredMessage: "{row}: enter the carer's name and relationship to the child.",
  },
  {
    key: 'aloneOvernight',
    code: 'H4d',
    type: 'yes-no',
    required: true,
    question:
      'Will the child be on their own overnight (for example, the patient is staying in and nobody else is coming)?',
    shownWhen: row.eq('whoCaringNow', 'alone'),
    requiredMessage: '{row}: enter whether the child will be on their own overnight.',
  },
  { key: 'schoolOrNursery', code: 'H1a.6', question: 'School or nursery', type: 'text', required: false },
  { key: 'gp', code: 'H1a.7', question: "Child's GP practice", type: 'text', required: false },
  {
    key: 'nhsNumber',
    code: 'H1a.8',
    question: 'NHS number, if known',
    type: 'text',
    required: false,
    hint: '10 digits; spaces are allowed.',
  },
  {
    key: 'cpisStatus',
    code: 'H9',
    question: 'CP-IS or local social-care check',
    type: 'choice',
    required: true,
    hint: 'The national child protection information system (CP-IS), or the local social-care record.',
    options: options(CPIS_STATUSES, {
      cpp: 'Child protection plan',
      lac: 'Looked after by the local authority',
      cin: 'Child-in-need plan, or an allocated social worker',
      none: 'None found',
      'not-available': 'Could not be checked',
    }),
    requiredMessage: '{row}: enter the result of the social-care check.',
  },
];
