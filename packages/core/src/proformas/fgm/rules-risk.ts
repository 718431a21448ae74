import type { ActionCode } from '../../model/actions.ts';
import type { Level } from '../../model/levels.ts';
import { firing, type Firing } from '../../model/rule.ts';
import { fgmIsFirings } from './fgmIsFirings.ts';
import type { FgmInput, FgmRule } from './types.ts';

type Branch = {
  clause: '1' | '2' | '3' | '4';
  level: Level;
  actions: ActionCode[];
  reason: string;
  projectRule: boolean;
};

/** F-R3's branches, in order; the first that holds sets the level (they exclude each other). */
const branchOf = ({ derived, answers, config }: FgmInput): Branch | undefined => {
  const f7 = answers.significantIndicators ?? [];
  const f8 = answers.otherIndicators ?? [];
  if (derived.imminent) {
    const why =
      answers.cutterOrImminentSign === 'yes'
        ? 'a "cutter" is visiting or expected, or there is another clear sign that FGM is about to be done'
        : `travel abroad or a procedure is planned within ${config.fgmImminenceDays} days (in ${derived.daysToPlanned ?? 0} days)`;
    return {
      clause: '1',
      level: 'EMERGENCY',
      actions: ['POLICE_999', 'MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD'],
      reason: `FGM may be about to happen: ${why}. Call 999 now and keep the girl or girls safe, then refer. The police or the local authority can seek an FGM Protection Order.`,
      // The 14-day default is a [PROJECT RULE] (fgm.md open question 4); F9c alone is not.
      projectRule: answers.cutterOrImminentSign !== 'yes',
    };
  }
  if (f7.length > 0 || derived.familyGirlHadFgm) {
    const why =
      f7.length > 0 ? 'significant signs are ticked in F7' : 'a girl in the family has had FGM (F11b)';
    return {
      clause: '2',
      level: 'REFER',
      actions: ['MASH_REFERRAL', 'POLICE_NOTIFY', 'INFORM_SAFEGUARDING_LEAD'],
      reason: `A girl in this family is at risk of FGM: ${why}. Phone the MASH now (the emergency duty team out of hours), tell the police today, and do not discharge until a plan is agreed.`,
      projectRule: false,
    };
  }
  if (f8.some((indicator) => indicator !== 'mother-had-fgm')) {
    return {
      clause: '3',
      level: 'DISCUSS',
      actions: ['INFORM_SAFEGUARDING_LEAD'],
      reason:
        'There are other signs that a girl in this family may be at risk of FGM (F8): discuss with the safeguarding lead before discharge, and record the decision and why.',
      projectRule: true,
    };
  }
  if (derived.familyHistory) {
    return {
      clause: '4',
      level: 'NOTIFY',
      actions: [],
      reason:
        'There is a family history of FGM, with no other sign of risk: tell the GP, and the health visitor or school nurse, so the girls can be supported.',
      projectRule: true,
    };
  }
  return undefined;
};

// fgm.md "F-R3 Girls at risk (Part 2)" [PROJECT RULE for the DISCUSS/NOTIFY split].
export const fr3: FgmRule = {
  id: 'F-R3',
  evaluate: (input) => {
    const { derived } = input;
    const branch = derived.partTwoLive ? branchOf(input) : undefined;
    const fired: Firing[] = [];
    if (branch) {
      // Every branch also adds NOTIFY_GP and notifyYoung.
      const actions: ActionCode[] = [...branch.actions, 'NOTIFY_GP', ...derived.notifyYoung];
      const extra = branch.projectRule ? { status: 'project-rule' as const } : {};
      fired.push(firing('F-R3', branch.level, actions, branch.reason, { clause: branch.clause, ...extra }));
    }
    return [...fired, ...fgmIsFirings('F-R3', derived)];
  },
};

// fgm.md "F-R6 FGM-IS indicator already on record": NO_CONCERN, no actions.
export const fr6: FgmRule = {
  id: 'F-R6',
  evaluate: ({ answers }) =>
    answers.fgmIsIndicatorFound === 'yes'
      ? [
          firing(
            'F-R6',
            'NO_CONCERN',
            [],
            'The national FGM-IS record already shows a family-history indicator for her, so she is not added again. Ask about her mother and her sisters (Part 2).',
          ),
        ]
      : [],
};
