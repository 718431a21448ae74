import type { ActionCode } from '../../model/actions.ts';
import { firing, type Firing } from '../../model/rule.ts';
import { notifyAction } from './rules-refer.ts';
import type { TriageRule } from './types.ts';
import { childPhrase, SERVICE_NAMES } from './wording.ts';

/** P-R11's under-1 is fixed, not a setting (paediatric-triage.md "Configurable thresholds"). */
const UNDER_ONE_MONTHS = 12;

// paediatric-triage.md "P-R11 — leaving with a concern open; left before completion"
export const pr11: TriageRule = {
  id: 'P-R11',
  evaluate: ({ answers, derived, age }) => {
    const fired: Firing[] = [];
    const { referConcern, discussConcern, urgentTransfer } = derived;
    if (answers.carerLeavingAgainstAdvice === 'yes' && !referConcern && (discussConcern || urgentTransfer)) {
      const open = urgentTransfer && !discussConcern ? 'an urgent transfer' : 'a safeguarding discussion';
      fired.push(
        firing(
          'P-R11',
          'REFER',
          ['MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD'],
          `The carer is refusing to wait, or is taking the child away, before ${open} can happen. Phone children’s social care now so that the child is kept safe.`,
          { clause: 'a' },
        ),
      );
    }
    if (answers.leftBeforeCompletion === 'yes') {
      const urgent = age.months < UNDER_ONE_MONTHS || answers.leftWithUrgentNeed === 'yes';
      const actions: ActionCode[] = [
        'INFORM_SAFEGUARDING_LEAD',
        'NOTIFY_GP',
        notifyAction(derived.notifyService),
        'FAMILY_CALLBACK',
        ...(urgent ? (['MASH_REFERRAL'] as const) : []),
      ];
      const why =
        answers.leftWithUrgentNeed === 'yes'
          ? ' They left still needing urgent care, so phone children’s social care now.'
          : age.months < UNDER_ONE_MONTHS
            ? ` ${childPhrase(age)} has left care unfinished, so phone children’s social care now.`
            : '';
      const reason =
        'The child left, or was taken away, before assessment or treatment was finished. ' +
        `The nurse in charge phones the family this shift, and the GP and ${SERVICE_NAMES[derived.notifyService]} are told.${why}`;
      fired.push(firing('P-R11', urgent ? 'REFER' : 'DISCUSS', actions, reason, { clause: 'b' }));
    }
    return fired;
  },
};
