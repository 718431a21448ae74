import type { ItemOption } from '../../model/item.ts';

// Option labels for the items (frequent-attender.md "Items" and "Input types"), in plain English.

export const REASON_OPTIONS: readonly ItemOption[] = [
  { code: 'injury', label: 'An injury, accidental or not' },
  { code: 'self-harm', label: 'Self-harm or self-poisoning, overdose included' },
  { code: 'intoxication', label: 'Alcohol or drugs' },
  { code: 'assault', label: 'Physically hurt by another person' },
  { code: 'sexual-assault', label: 'Sexual assault or rape' },
  { code: 'illness', label: 'A physical illness' },
  { code: 'mental-health', label: 'A mental-health crisis without self-harm' },
  { code: 'sexual-health', label: 'Emergency contraception, contraception, a pregnancy test or an STI' },
  { code: 'other', label: 'Something else' },
];

export const HISTORY_CHECK_OPTIONS: readonly ItemOption[] = [
  { code: 'asked-family', label: 'Asked the child or family about other visits' },
  { code: 'checked-cpis', label: 'Checked CP-IS' },
  { code: 'checked-gp-record', label: 'Checked the GP or shared care record' },
  { code: 'checked-local-record', label: 'Checked this service’s own records' },
  { code: 'phoned-other-site', label: 'Phoned another urgent-care site' },
  { code: 'lead-to-check', label: 'Asked the safeguarding lead to check later' },
  { code: 'none-possible', label: 'No other check was possible', exclusive: true },
];

export const DEPARTMENT_OPTIONS: readonly ItemOption[] = [
  { code: '01', label: 'Emergency department (consultant-led, 24 hours)' },
  { code: '02', label: 'Single-specialty A&E (for example eye or dental)' },
  { code: '03', label: 'Urgent treatment centre, minor injury unit or other A&E' },
  { code: '04', label: 'NHS walk-in centre' },
  { code: 'ooh-gp', label: 'Out-of-hours GP' },
  { code: 'unknown', label: 'Not known' },
];

export const CATEGORY_OPTIONS: readonly ItemOption[] = [
  { code: 'unplanned', label: 'Unplanned' },
  { code: 'planned-follow-up', label: 'Planned follow-up (asked to come back)' },
];

export const SOURCE_OPTIONS: readonly ItemOption[] = [
  { code: 'local', label: 'This service’s own records' },
  { code: 'shared-record', label: 'The GP or shared care record' },
  { code: 'cp-is', label: 'CP-IS' },
  { code: 'self-report', label: 'Told by the child or family' },
];

export const PATTERN_OPTIONS: readonly ItemOption[] = [
  { code: 'similar-injuries', label: 'Similar injuries more than once' },
  { code: 'unexplained-injuries', label: 'Injuries without a clear explanation' },
  { code: 'different-places', label: 'Visits spread over different places' },
  { code: 'different-adults', label: 'Brought by different adults, or alone' },
  { code: 'late-night', label: 'Visits late at night' },
  { code: 'delayed', label: 'Delays in bringing the child' },
  { code: 'left-before-seen', label: 'Left before being seen' },
  { code: 'missed-follow-up', label: 'Missed follow-up or GP appointments' },
  { code: 'increasing', label: 'Visits getting more frequent or more serious' },
  { code: 'none', label: 'Nothing of note', exclusive: true },
];

export const EXPLANATION_OPTIONS: readonly ItemOption[] = [
  { code: 'long-term-condition', label: 'A known long-term condition explains most visits' },
  { code: 'one-illness', label: 'One illness with return visits' },
  { code: 'separate-accidents', label: 'Separate accidents, each explained and fitting the child’s age' },
  { code: 'no-gp-access', label: 'The family cannot get GP care' },
  { code: 'none-given', label: 'No explanation given' },
  { code: 'inconsistent', label: 'Explanations change or do not fit' },
];

export const DECISION_OPTIONS: readonly ItemOption[] = [
  { code: 'no-concern', label: 'Pattern explained: share it, no further action' },
  { code: 'concern-discuss', label: 'Worried: discuss with the safeguarding lead before the child leaves' },
  {
    code: 'concern-refer',
    label: 'The child may be suffering, or likely to suffer, significant harm: phone the MASH now',
  },
  { code: 'inform-social-worker', label: 'Tell the allocated social worker' },
];

export const LEAD_OPTIONS: readonly ItemOption[] = [
  { code: 'discussed', label: 'Discussed before the child left' },
  { code: 'arranged', label: 'Arranged for the next working day' },
];
