import type { ActionCode } from '../../model/actions.ts';
import { firing, type Firing } from '../../model/rule.ts';
import type { HiddenHarmInput, HiddenHarmRule } from './types.ts';
import {
  capitalise,
  childLabel,
  childrenInHouseholdWords,
  countWords,
  factorsWords,
  joinAnd,
  notifyWords,
  SOCIAL_CARE_NOW,
} from './wording.ts';

const firedAny = (fired: readonly Firing[], ids: readonly string[]): boolean =>
  fired.some((f) => ids.includes(f.rule));

// hidden-harm.md "A-R1 No dependants": H1, H2, H3 and H7 all `no` (a blank never satisfies it) and
// no unsupervised or overnight contact elsewhere.
// SAFER READING: H1b must be answered, and when it is yes, H1b.1 must be answered too: a blank
// contact answer does not count as "not unsupervised-or-overnight".
export const ar1: HiddenHarmRule = {
  id: 'A-R1',
  evaluate: ({ answers: a }) => {
    const allNo = [a.childrenUnder18, a.pregnant, a.otherDependants, a.intentToHarmChild].every(
      (v) => v === 'no',
    );
    const contactKnown =
      a.otherChildrenElsewhere !== undefined &&
      (a.otherChildrenElsewhere !== 'yes' || a.contactWithChildrenElsewhere !== undefined);
    if (!allNo || !contactKnown || a.contactWithChildrenElsewhere === 'unsupervised-or-overnight') return [];
    const reason =
      'No child lives with or is looked after by the patient, no one in the household is pregnant, no adult depends on the patient for care, the patient has not spoken of harming a child, and they do not see any child on their own or overnight.';
    return [firing('A-R1', 'NO_CONCERN', [], reason)];
  },
};

/** The triggers of A-R3 (ii) that hold, in words. */
const ar3Triggers = ({ answers, derived }: HiddenHarmInput): string[] => {
  const triggers: string[] = [];
  if (derived.factorDa) triggers.push('there is domestic abuse in the household');
  if (answers.childrenWitnessed === 'yes') triggers.push('a child saw or heard what happened, or was there');
  if (derived.factorCount >= 2)
    triggers.push(
      `there are ${countWords(derived.factorCount)} problems at home (${factorsWords(derived.householdFactors)})`,
    );
  if (derived.unbornChild && derived.factorSub)
    triggers.push('there is alcohol or drug misuse during a pregnancy in the household');
  return triggers;
};

// hidden-harm.md "A-R3 Child at serious risk": (i) intent to harm any child; (ii) a child in the
// household with domestic abuse, a child witness, two or more factors, or an unborn child with SUB or DA.
export const ar3: HiddenHarmRule = {
  id: 'A-R3',
  evaluate: (input) => {
    const { answers, derived } = input;
    const actions: ActionCode[] = [
      'MASH_REFERRAL',
      'INFORM_SAFEGUARDING_LEAD',
      ...derived.childNotifications,
    ];
    const fired: Firing[] = [];
    if (answers.intentToHarmChild === 'yes') {
      const reason = `The patient has spoken of wanting, planning or thinking about harming a child. Any child they could reach is likely to suffer significant harm: ${SOCIAL_CARE_NOW}.`;
      fired.push(firing('A-R3', 'REFER', actions, reason, { clause: 'i' }));
    }
    const triggers = derived.childInHousehold ? ar3Triggers(input) : [];
    if (triggers.length > 0) {
      const reason = `${childrenInHouseholdWords(input)}: ${joinAnd(triggers)}. This puts them at risk of significant harm: ${SOCIAL_CARE_NOW}, before the patient leaves.`;
      fired.push(firing('A-R3', 'REFER', actions, capitalise(reason), { clause: 'ii' }));
    }
    return fired;
  },
};

// hidden-harm.md "A-R4 Single factor, children safe": one factor (alcohol or drugs, or mental
// health), and neither A-R2 nor A-R3 fired.
export const ar4: HiddenHarmRule = {
  id: 'A-R4',
  evaluate: (input, fired) => {
    const { answers, derived } = input;
    if (!derived.childInHousehold || derived.factorCount !== 1 || firedAny(fired, ['A-R2', 'A-R3']))
      return [];
    const alone = (answers.children ?? []).flatMap((row, i) =>
      row.whoCaringNow === 'alone' ? [childLabel(row, i, derived.childAges[i])] : [],
    );
    const carers =
      alone.length > 0
        ? `${joinAnd(alone)} ${alone.length > 1 ? 'have' : 'has'} no adult with them for now, which at their age is not an emergency by itself: make sure someone will be with them tonight.`
        : 'No child saw what happened, and a safe adult is looking after the children.';
    const reason = `${capitalise(childrenInHouseholdWords(input))}: there is ${factorsWords(derived.householdFactors)} at home. ${carers} Discuss with the safeguarding lead before discharge, and tell ${notifyWords(derived.childNotifications)}.`;
    return [firing('A-R4', 'DISCUSS', derived.childNotifications, reason)];
  },
};

// hidden-harm.md "A-R5 Children elsewhere": H1b = yes and none of A-R2 to A-R4 fired.
export const ar5: HiddenHarmRule = {
  id: 'A-R5',
  evaluate: ({ answers }, fired) => {
    if (answers.otherChildrenElsewhere !== 'yes' || firedAny(fired, ['A-R2', 'A-R3', 'A-R4'])) return [];
    const reason =
      'The patient has children under 18 who live elsewhere. Tell the patient’s GP, so that their record shows there are children.';
    return [firing('A-R5', 'NOTIFY', ['NOTIFY_GP'], reason)];
  },
};

const CPIS_WORDS = {
  cpp: 'has a child protection plan',
  lac: 'is looked after by the local authority',
  cin: 'has a child-in-need plan or an allocated social worker',
} as const;

// hidden-harm.md "A-R9 Child known to social care" [PROJECT RULE, mirrors P-R6]: at least NOTIFY;
// REFER to the allocated social worker when A-R4 also fired. With A-R3 (not A-R4) the firing stays
// NOTIFY: the form is already REFER through A-R3.
export const ar9: HiddenHarmRule = {
  id: 'A-R9',
  evaluate: ({ answers, derived }, fired) => {
    const known = (answers.children ?? []).flatMap((row, i) => {
      const status = row.cpisStatus;
      return status === 'cpp' || status === 'lac' || status === 'cin'
        ? [`${childLabel(row, i, derived.childAges[i])} ${CPIS_WORDS[status]}`]
        : [];
    });
    if (known.length === 0) return [];
    const withAr4 = firedAny(fired, ['A-R4']);
    const reason = withAr4
      ? `${joinAnd(known)}. With a problem at home that needs discussion, refer to the allocated social worker now and tell the safeguarding lead.`
      : `${joinAnd(known)}. Tell the allocated social worker about this attendance.`;
    const actions: ActionCode[] = withAr4
      ? ['CPIS_INFORM_SOCIAL_WORKER', 'INFORM_SAFEGUARDING_LEAD']
      : ['CPIS_INFORM_SOCIAL_WORKER'];
    return [firing('A-R9', withAr4 ? 'REFER' : 'NOTIFY', actions, reason, { status: 'project-rule' })];
  },
};
