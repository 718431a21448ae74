import { DEMEANOURS, JUDGEMENT_RISKS, NO_ACCOUNT_REASONS, SHARING_VIEWS } from './schema.ts';
import { answerBeforeSignOff, c, options, type CseItem } from './items-common.ts';

// cse.md "Flow" phase 5 (`voice`): S11–S14, then S16 (asked with the young person alone where
// possible); S15, the concern summary the outcome screen drafts, closes the phase.

export const voiceItems: readonly CseItem[] = [
  {
    key: 'youngPersonAccount',
    code: 'S11',
    phase: 'voice',
    question: 'What the young person says, in their own words (quote them)',
    type: 'text',
    // "This or S11.1": one message names the gap while neither is answered.
    required: c.not(c.answered('accountNotObtainedReason')),
    requiredMessage: "Record the young person's own words, or why they could not be heard.",
  },
  {
    key: 'accountNotObtainedReason',
    code: 'S11.1',
    phase: 'voice',
    question: 'If you could not take their account, why not?',
    type: 'choice',
    options: options(NO_ACCOUNT_REASONS, {
      declined: 'Declined',
      'asleep-or-unwell': 'Asleep, unwell or intoxicated',
      'not-seen-alone': 'Could not be seen alone',
      other: 'Other',
    }),
    required: false,
  },
  {
    key: 'demeanour',
    code: 'S12',
    phase: 'voice',
    question: 'How did the young person present? (tick all)',
    type: 'multi',
    options: options(DEMEANOURS, {
      settled: 'Settled',
      withdrawn: 'Withdrawn',
      'frightened-watchful': 'Frightened or watchful',
      distressed: 'Distressed',
      flat: 'Flat',
      'over-familiar': 'Over-familiar',
      aggressive: 'Aggressive',
      other: 'Other',
    }),
    required: true,
    minEntries: 1,
    requiredMessage: answerBeforeSignOff('How they presented', 'S12'),
  },
  {
    key: 'confidentialityExplained',
    code: 'S13',
    phase: 'voice',
    question:
      'Did you explain confidentiality and its limits (when you must share information to keep them safe)?',
    type: 'yes-no',
    required: true,
    requiredMessage: answerBeforeSignOff('Confidentiality explained', 'S13'),
  },
  {
    key: 'confidentialityNotExplainedReason',
    code: 'S13.1',
    phase: 'voice',
    question: 'Why not?',
    type: 'text',
    shownWhen: c.eq('confidentialityExplained', 'no'),
    required: true,
    requiredMessage: answerBeforeSignOff('Why confidentiality was not explained', 'S13.1'),
  },
  {
    key: 'judgementRisk',
    code: 'S14',
    phase: 'voice',
    question: "Does your professional judgement put the risk higher than the screen's result?",
    hint: 'Your judgement can raise the risk but never lower it. Leave it as no change if the result stands.',
    type: 'choice',
    options: options(JUDGEMENT_RISKS, {
      'no-change': "No: the screen's result stands",
      low: 'Low',
      medium: 'Medium',
      high: 'High',
    }),
    required: false,
  },
  {
    key: 'judgementReason',
    code: 'S14.1',
    phase: 'voice',
    question: 'What you saw or heard that raises it',
    type: 'text',
    shownWhen: c.oneOf('judgementRisk', ['low', 'medium', 'high']),
    // Completion rules: "S14.1 when S14 raises the risk".
    required: c.derived('judgementRaisesRisk'),
    requiredMessage: answerBeforeSignOff('What raises the risk', 'S14.1'),
  },
  {
    key: 'youngPersonSharingView',
    code: 'S16',
    phase: 'voice',
    question:
      'Asked in private: may the letter to their GP mention the sexual-health part of this visit? (This decides the letter only when there is no safeguarding discussion or referral.)',
    type: 'choice',
    options: options(SHARING_VIEWS, {
      agrees: 'Agrees',
      objects: 'Does not want it mentioned',
      'not-asked': 'Could not be asked (counts as not agreed)',
    }),
    shownWhen: c.ageYears('ge', 13),
    required: true,
    requiredMessage:
      'Ask the young person, in private, whether their GP may be told about the sexual-health care, or record that you could not ask (S16).',
  },
  {
    key: 'concernSummary',
    code: 'S15',
    phase: 'voice',
    question: 'Plain-language summary of the concern for the referral or notification',
    hint: 'Age, what they came for, the risk, the signs in plain words, their own words, and the actions taken. No abbreviations.',
    type: 'text',
    shownWhen: c.levelAtLeast('NOTIFY'),
    required: true,
    requiredMessage: answerBeforeSignOff('Summary of the concern', 'S15'),
  },
];
