import { c, type HiddenHarmItem } from './items-common.ts';

/** H5, H7, H7a (phase `safetyNow`) and H6, H8b, H8c, H10, H11 (phase `household`). */
export const safetyAndHouseholdItems: readonly HiddenHarmItem[] = [
  {
    key: 'childWithoutSafeAdult',
    code: 'H5',
    phase: 'safetyNow',
    type: 'yes-no',
    required: true,
    shownWhen: c.derived('childInCare'),
    question: 'Is any child, right now, without a safe and sober adult, or in immediate danger?',
    hint: 'Yes means an emergency: call 999 for a welfare check, giving the child’s name and address.',
  },
  {
    key: 'intentToHarmChild',
    code: 'H7',
    phase: 'safetyNow',
    type: 'yes-no',
    required: true,
    question:
      'Has the patient spoken of any wish, plan or thought of harming a child (any child, not only their own)?',
  },
  {
    key: 'childAccessibleToPatient',
    code: 'H7a',
    phase: 'safetyNow',
    type: 'yes-no',
    required: true,
    shownWhen: c.eq('intentToHarmChild', 'yes'),
    question: 'Could the patient reach that child now?',
  },
  {
    key: 'childrenWitnessed',
    code: 'H6',
    phase: 'household',
    type: 'yes-no-unknown',
    required: true,
    shownWhen: c.derived('childInCare'),
    question: 'Did any child see or hear what happened, or were they there at the time?',
  },
  {
    key: 'householdSubstanceMisuse',
    code: 'H8b',
    phase: 'household',
    type: 'yes-no-unknown',
    required: true,
    question: 'Does anyone in the household, the patient included, misuse alcohol or drugs?',
  },
  {
    key: 'householdMentalHealth',
    code: 'H8c',
    phase: 'household',
    type: 'yes-no-unknown',
    required: true,
    question: 'Does anyone in the household, the patient included, have mental ill-health or self-harm?',
  },
  {
    key: 'professionalsInvolved',
    code: 'H10',
    phase: 'household',
    type: 'text',
    required: false,
    shownWhen: c.derived('childInHousehold'),
    question:
      'Professionals already involved (social worker, substance-misuse worker, mental-health team, midwife, health visitor)',
  },
  {
    key: 'childCarePlan',
    code: 'H11',
    phase: 'household',
    type: 'text',
    required: true,
    shownWhen: c.derived('childInCare'),
    question:
      "In the patient's words, who will look after the children after discharge, and is a contact visit due?",
  },
];

/** H13, H13a and H14 (phase `informationSharing`). */
// SAFER READING: the spec shows H14 on the outcome screen, but the shared lifecycle refuses
// review.confirm while a required item is missing, so H14 is asked in the last phase.
export const sharingItems: readonly HiddenHarmItem[] = [
  {
    key: 'infoSharingExplained',
    code: 'H13',
    phase: 'informationSharing',
    type: 'yes-no',
    required: true,
    question: 'Did you explain to the patient how information will be shared?',
  },
  {
    key: 'infoSharingNotExplainedReason',
    code: 'H13a',
    phase: 'informationSharing',
    type: 'text',
    required: true,
    shownWhen: c.eq('infoSharingExplained', 'no'),
    question: 'Why not?',
  },
  {
    key: 'concernSummary',
    code: 'H14',
    phase: 'informationSharing',
    type: 'text',
    required: true,
    shownWhen: c.levelAtLeast('NOTIFY'),
    question: 'Plain-English summary of the concern for the referral or notification',
    hint: 'A draft is provided: what happened, the risk to each child and how soon, where each child is and with whom, and what has been done. If abuse could not be asked about in private, say so, so that it can be asked later.',
    requiredMessage: 'Confirm the plain-language summary of the concern.',
  },
];
