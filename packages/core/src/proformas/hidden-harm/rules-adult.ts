import { firing } from '../../model/rule.ts';
import type { HiddenHarmInput, HiddenHarmRule, MaracRoute } from './types.ts';
import { joinAnd } from './wording.ts';

const routeWords = (route: MaracRoute, { answers, derived, config }: HiddenHarmInput): string => {
  switch (route) {
    case 'visible-high-risk':
      return `the risk checklist score is ${derived.dashScore} of 24, at or above the threshold of ${config.dashMaracThreshold} (visible high risk)`;
    case 'professional-judgement':
      return 'you judge the patient to be at high risk of serious harm (professional judgement)';
    case 'potential-escalation':
      return `there have been ${answers.incidentsLast12Months} incidents in the last 12 months, and ${config.maracEscalationIncidents} or more means the abuse may be getting worse (potential escalation)`;
    default:
      return route satisfies never;
  }
};

const PRIVATE_ONLY =
  ' You could not speak to the patient alone: make the offer only when they are alone, never in front of anyone else.';

// hidden-harm.md "A-R6 DASH and MARAC": (a) a MARAC route applies → REFER; (b) otherwise abuse
// disclosed → NOTIFY. Both levels are [PROJECT RULE]. MARAC never replaces the MASH referral.
export const ar6: HiddenHarmRule = {
  id: 'A-R6',
  evaluate: (input) => {
    const { answers, derived } = input;
    const notAlone = derived.notSafeToTalk ? PRIVATE_ONLY : '';
    if (derived.maracIndicated) {
      const routes = joinAnd(derived.maracRoutes.map((route) => routeWords(route, input)));
      const reason = `Refer the patient to the multi-agency risk assessment conference (MARAC) for people at high risk of serious harm from domestic abuse, because ${routes}. Offer, in private, an independent domestic violence adviser or a domestic abuse service.${notAlone} This does not replace a referral for any child.`;
      return [
        firing(
          'A-R6',
          'REFER',
          ['MARAC_REFERRAL', 'IDVA_OR_DA_SERVICE', 'INFORM_SAFEGUARDING_LEAD'],
          reason,
          {
            clause: 'a',
            status: 'project-rule',
          },
        ),
      ];
    }
    if (answers.domesticAbuseDisclosed !== 'yes') return [];
    const score =
      derived.dashScore === undefined ? '' : ` (the risk checklist score is ${derived.dashScore} of 24)`;
    // SAFER READING: a perpetrator is offered a service for people who harm (same action code).
    const offer =
      answers.domesticAbuseRole === 'perpetrator'
        ? 'Offer, in private, a referral to a domestic abuse service that works with people who harm a partner or family member.'
        : 'Offer, in private, a referral to an independent domestic violence adviser or a domestic abuse service.';
    const reason = `The patient has told you about domestic abuse. The criteria for the multi-agency risk assessment conference are not met${score}. ${offer}${notAlone}`;
    return [
      firing('A-R6', 'NOTIFY', ['IDVA_OR_DA_SERVICE'], reason, { clause: 'b', status: 'project-rule' }),
    ];
  },
};

// hidden-harm.md "A-R7 Adult at risk" [PROJECT RULE level]
export const ar7: HiddenHarmRule = {
  id: 'A-R7',
  evaluate: ({ answers }) => {
    const parts: string[] = [];
    if (answers.otherDependants === 'yes' && answers.dependantCaredForNow === 'no')
      parts.push('An adult who depends on the patient for care is not being looked after safely now.');
    if (answers.patientAdultAtRisk === 'yes')
      parts.push(
        'The patient has care and support needs and is at risk of abuse or neglect they cannot protect themselves from.',
      );
    if (parts.length === 0) return [];
    const reason = `${parts.join(' ')} Consider raising an adult safeguarding concern (Care Act 2014, section 42) and discuss it before discharge.`;
    return [firing('A-R7', 'DISCUSS', ['ADULT_SAFEGUARDING_CONSIDER'], reason, { status: 'project-rule' })];
  },
};

// hidden-harm.md "A-R8 Clinical": self-harm (overdose included) or a mental-health crisis → a
// specialist review; NO_CONCERN, so it never raises the level.
export const ar8: HiddenHarmRule = {
  id: 'A-R8',
  evaluate: ({ answers }) => {
    const reasons = answers.presentingReasons ?? [];
    const what = [
      ...(reasons.includes('self-harm') ? ['after self-harm or an overdose'] : []),
      ...(reasons.includes('mental-health') ? ['in a mental-health crisis'] : []),
    ];
    if (what.length === 0) return [];
    const reason = `The patient came ${joinAnd(what)}. They need a specialist psychosocial assessment before discharge.`;
    return [firing('A-R8', 'NO_CONCERN', ['MENTAL_HEALTH_REVIEW'], reason)];
  },
};
