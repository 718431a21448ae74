import {} from './codes.ts';
import { c, type TriageItem } from './items-common.ts';

/** B14–B14.4 (phase `safety`), in the spec's table order. */
export const safetyItems: readonly TriageItem[] = [
  {
    key: 'immediateDanger',
    code: 'B14',
    phase: 'safety',
    type: 'yes-no',
    required: true,
    question: 'Is any child in immediate danger now?',
    hint: 'For example an alleged abuser trying to take the child, a drunk carer removing a child who needs treatment, or threats. Yes means call 999 now.',
    requiredMessage: 'Record whether any child is in immediate danger now (B14)',
  },
  {
    key: 'carerLeavingAgainstAdvice',
    code: 'B14.1',
    phase: 'safety',
    type: 'yes-no',
    required: true,
    question: 'Is the carer refusing to wait, or taking the child away, before a safe plan or urgent care?',
    hint: 'Asked as soon as there is a concern: leaving now can put the child at risk.',
    shownWhen: c.any(c.derived('referConcern'), c.derived('discussConcern'), c.derived('urgentTransfer')),
    // "B14.1 asked at once" (Flow): on whichever page the concern arises.
    alsoAskedIn: ['whoAndChecks', 'presentation', 'child', 'family'],
    requiredMessage: 'Record whether the carer is refusing to wait or taking the child away (B14.1)',
  },
  {
    key: 'leftBeforeCompletion',
    code: 'B14.2',
    phase: 'safety',
    type: 'yes-no',
    required: false,
    question: 'Has the child left, or been taken away, before assessment or treatment ended?',
    hint: 'If so, the nurse in charge completes this form from the triage record this shift.',
  },
  {
    key: 'leftWithUrgentNeed',
    code: 'B14.3',
    phase: 'safety',
    type: 'yes-no',
    required: true,
    question:
      'Did they leave needing urgent care (for example a CT scan, a possible fracture, or observation after poisoning)?',
    shownWhen: c.eq('leftBeforeCompletion', 'yes'),
    requiredMessage: 'Record whether the child left needing urgent care (B14.3)',
  },
  {
    key: 'familyCallOutcome',
    code: 'B14.4',
    phase: 'safety',
    type: 'text',
    required: true,
    question: 'Call to the family: when, who answered, and what was agreed (or that nobody answered)',
    shownWhen: c.eq('leftBeforeCompletion', 'yes'),
    requiredMessage: 'Record the call to the family: when, who answered and what was agreed (B14.4)',
  },
];
