import type { ActionCode } from '../../model/actions.ts';
import { firing, type Firing } from '../../model/rule.ts';
import type { HiddenHarmInput, HiddenHarmRule } from './types.ts';
import { childLabel, childrenInHouseholdWords, joinAnd, SOCIAL_CARE_NOW, whereWords } from './wording.ts';

const AR2_ACTIONS: readonly ActionCode[] = ['POLICE_999', 'MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD'];
const AR2_STEPS = `Call 999 now for a welfare check, giving the child’s name and address. Do not let the patient leave with a child they cannot safely care for. Tell the safeguarding lead, then ${SOCIAL_CARE_NOW}.`;

/** The `children` rows left with no adult, and younger than the age limit given (A-R2 limbs). */
const aloneRows = ({ answers, derived }: HiddenHarmInput, limit: number, overnightOnly: boolean): string[] =>
  (answers.children ?? []).flatMap((row, i) => {
    const age = derived.childAges[i];
    const counts =
      row.whoCaringNow === 'alone' &&
      age !== undefined &&
      age < limit &&
      (!overnightOnly || row.aloneOvernight === 'yes');
    return counts ? [`${childLabel(row, i, age)}, ${whereWords(row)}`] : [];
  });

// hidden-harm.md "A-R2 Child in immediate danger". The two age limbs are [PROJECT RULE].
// SAFER READING: one firing per limb, so that a limb that becomes true after an earlier one was
// acknowledged interrupts again.
export const ar2: HiddenHarmRule = {
  id: 'A-R2',
  evaluate: (input) => {
    const { answers, derived, config } = input;
    const fired: Firing[] = [];
    if (answers.childWithoutSafeAdult === 'yes') {
      const who = childrenInHouseholdWords(input);
      const reason = `Staff have recorded that a child is, right now, without a safe and sober adult or in immediate danger${who ? ` (children in the patient’s care: ${who})` : ''}. ${AR2_STEPS}`;
      fired.push(firing('A-R2', 'EMERGENCY', AR2_ACTIONS, reason, { clause: 'childWithoutSafeAdult' }));
    }
    if (derived.childAloneYoung) {
      const limit = config.childAloneEmergencyAgeYears;
      const reason = `${joinAnd(aloneRows(input, limit, false))}: no adult is with the child. A child under ${limit} cannot safely be left alone, so this is an emergency even if nobody has said the child is in danger. ${AR2_STEPS}`;
      fired.push(
        firing('A-R2', 'EMERGENCY', AR2_ACTIONS, reason, {
          clause: 'childAloneYoung',
          status: 'project-rule',
        }),
      );
    }
    if (derived.childAloneOvernight) {
      const limit = config.childAloneOvernightEmergencyAgeYears;
      const reason = `${joinAnd(aloneRows(input, limit, true))}: the child will be on their own overnight. A child under ${limit} should not be left alone overnight. ${AR2_STEPS}`;
      fired.push(
        firing('A-R2', 'EMERGENCY', AR2_ACTIONS, reason, {
          clause: 'childAloneOvernight',
          status: 'project-rule',
        }),
      );
    }
    if (answers.intentToHarmChild === 'yes' && answers.childAccessibleToPatient === 'yes') {
      const reason = `The patient has spoken of wanting, planning or thinking about harming a child, and could reach that child now. ${AR2_STEPS}`;
      fired.push(firing('A-R2', 'EMERGENCY', AR2_ACTIONS, reason, { clause: 'intentToHarmChildWithAccess' }));
    }
    return fired;
  },
};

// hidden-harm.md "A-R10 Adult in immediate danger" [PROJECT RULE; EMERGENCY = immediate danger to anyone]
export const ar10: HiddenHarmRule = {
  id: 'A-R10',
  evaluate: (input) => {
    if (input.answers.adultImmediateDanger !== 'yes') return [];
    const { derived } = input;
    const actions: ActionCode[] = ['POLICE_999', 'INFORM_SAFEGUARDING_LEAD'];
    const parts = [
      'The patient, or another adult, is in danger of serious harm from domestic abuse right now.',
      'Call 999 now, saying where the patient is and where the abuser is thought to be. Keep the patient in a private, staffed area away from the waiting room, and do not confirm to anyone who asks that the patient is here.',
    ];
    if (derived.childInHousehold) {
      actions.push('MASH_REFERRAL');
      parts.push(
        `The children going home with the patient share the danger: ${childrenInHouseholdWords(input)}. For them, ${SOCIAL_CARE_NOW}.`,
      );
    } else {
      parts.push('Ask where any children are.');
    }
    parts.push(
      'Tell the safeguarding lead, and tell the patient you are calling. If a patient who has capacity objects, the call still goes ahead when others are at risk or it would prevent a serious crime such as a threatened killing: record who decided and why.',
    );
    return [firing('A-R10', 'EMERGENCY', actions, parts.join(' '), { status: 'project-rule' })];
  },
};
