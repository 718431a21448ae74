import type { ActionCode } from '../../model/actions.ts';
import { firing, type Firing } from '../../model/rule.ts';
import { isInfantLargeHeadMark, pr2Holds, pr3Clauses, REFER_TYPES, type Pr3Clause } from './clauses.ts';
import type { NotifyService, TriageInput, TriageRule } from './types.ts';
import { childPhrase, CT_NOUNS, injuriesPhrase, joinAnd, PATTERN_NOUNS, SUBSTANCE_NOUNS } from './wording.ts';

/** NOTIFY_HV or NOTIFY_SN by `notifyService`. */
export const notifyAction = (service: NotifyService): ActionCode =>
  service === 'hv' ? 'NOTIFY_HV' : 'NOTIFY_SN';

// paediatric-triage.md "P-R1 — immediate danger → EMERGENCY"
export const pr1: TriageRule = {
  id: 'P-R1',
  evaluate: ({ answers, derived }) => {
    const parts: string[] = [];
    if (answers.immediateDanger === 'yes')
      parts.push('Staff have recorded that a child is in immediate danger now.');
    if (answers.carerLeavingAgainstAdvice === 'yes' && derived.referConcern) {
      parts.push(
        'The carer is refusing to wait, or is taking the child away, while there is a concern that needs a referral to children’s social care now.',
      );
    }
    if (parts.length === 0) return [];
    const reason = `${parts.join(' ')} Call 999, keep the child safe in the department and tell the safeguarding lead, then refer.`;
    return [firing('P-R1', 'EMERGENCY', ['POLICE_999', 'INFORM_SAFEGUARDING_LEAD', 'MASH_REFERRAL'], reason)];
  },
};

// paediatric-triage.md "P-R2 — injury when non-mobile → REFER"
export const pr2: TriageRule = {
  id: 'P-R2',
  evaluate: (input) => {
    if (!pr2Holds(input)) return [];
    const { answers, age, derived } = input;
    const mobility =
      answers.independentlyMobile === 'no'
        ? 'cannot move about independently'
        : 'cannot yet move about on their own';
    const reason =
      `${childPhrase(age)} who ${mobility} has ${injuriesPhrase(answers.injuryTypes)}. ` +
      'An injury, bruise or mark in a child who is not mobile is rare and always needs a paediatrician’s opinion today, whatever the explanation.';
    const actions: ActionCode[] = [
      'MASH_REFERRAL',
      'PAEDS_CONSULTANT_REVIEW_SAME_DAY',
      'INFORM_SAFEGUARDING_LEAD',
      'NOTIFY_GP',
      notifyAction(derived.notifyService),
    ];
    return [firing('P-R2', 'REFER', actions, reason)];
  },
};

const pr3Reason = (clause: Pr3Clause, { answers: a, age }: TriageInput): string => {
  const child = childPhrase(age);
  switch (clause) {
    case 'a':
      return `${child} has ${joinAnd((a.suspiciousPatterns ?? []).map((p) => PATTERN_NOUNS[p]))}. NICE says this pattern should make us suspect the injury was inflicted.`;
    case 'b': {
      const injuries = injuriesPhrase((a.injuryTypes ?? []).filter((t) => REFER_TYPES.includes(t)));
      const explanation =
        a.explanationSuitability === 'none-given'
          ? 'no explanation was given'
          : 'the explanation given does not fit';
      return `${child} has ${injuries} and ${explanation}. NICE says to suspect maltreatment when an injury has no suitable explanation.`;
    }
    case 'c':
      return 'Someone has said that the child was abused, sexually abused or exploited. Every such disclosure needs a referral, whoever made it.';
    case 'd':
      return 'The head injury meets the NICE criterion for a CT scan because non-accidental injury is suspected.';
    case 'e':
      return `${child} has a sexual-health need, a pregnancy or a possible sexual assault. A child under 13 cannot consent to sex in law, so this is always a child protection matter.`;
    case 'f': {
      const drugs = (a.ingestedSubstance ?? []).filter(
        (s) => s === 'illicit-drug' || s === 'opioid-substitute',
      );
      return a.ingestionGivenDeliberately === 'yes'
        ? `${child} was given a substance deliberately, or this is suspected. Poisoning a child on purpose is abuse.`
        : `${child} has swallowed or breathed in ${joinAnd(drugs.map((s) => SUBSTANCE_NOUNS[s]))}. Drugs within a young child’s reach can kill, and this needs a referral.`;
    }
    case 'g':
      return a.hurtByAnotherPerson === 'adult-or-carer'
        ? `${child} was hurt on purpose by a parent, carer or other adult. This needs a referral and the police must be told.`
        : `${child} has a stab, slash or gunshot wound from an attack. Doctors must tell the police about these wounds, and the child needs a referral.`;
    default:
      return clause satisfies never;
  }
};

// paediatric-triage.md "P-R3 — NICE "suspect" feature, disclosure, poisoning, weapon → REFER"
export const pr3: TriageRule = {
  id: 'P-R3',
  evaluate: (input) => {
    const clauses = pr3Clauses(input);
    const young = input.age.months < input.config.consultantReviewUnderMonths;
    const fired: Firing[] = [];
    for (const clause of Object.keys(clauses) as Pr3Clause[]) {
      if (!clauses[clause]) continue;
      const actions: ActionCode[] = ['MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD'];
      if (clause === 'g') actions.push('POLICE_NOTIFY');
      if (young) actions.push('PAEDS_CONSULTANT_REVIEW_SAME_DAY');
      fired.push(firing('P-R3', 'REFER', actions, pr3Reason(clause, input), { clause }));
    }
    return fired;
  },
};

// paediatric-triage.md "P-R4 — clinical transfer → NO_CONCERN" (the under-1 head mark is [UNVERIFIED])
export const pr4: TriageRule = {
  id: 'P-R4',
  evaluate: (input) => {
    const { answers, age, config } = input;
    const criteria = answers.ctCriteria ?? [];
    const headMark = isInfantLargeHeadMark(input);
    if (criteria.length === 0 && !headMark) return [];
    const parts: string[] = [];
    if (criteria.length > 0) {
      parts.push(
        `The head injury meets NICE criteria for a CT scan within 1 hour (${joinAnd(criteria.map((c) => CT_NOUNS[c]))}).`,
      );
    }
    if (headMark) {
      parts.push(
        `${childPhrase(age)} has a bruise, swelling or cut on the head of ${answers.largestHeadMarkMm} mm, longer than ${config.infantHeadMarkOverMm} mm: NICE advises a CT scan within 1 hour.`,
      );
    }
    const reason = `${parts.join(' ')} Transfer to the emergency department by ambulance now.`;
    return [
      firing(
        'P-R4',
        'NO_CONCERN',
        ['TRANSFER_ED_AMBULANCE'],
        reason,
        criteria.length === 0 ? { status: 'unverified' } : {},
      ),
    ];
  },
};
