import type { ActionCode } from '../../model/actions.ts';
import { firing, type Firing } from '../../model/rule.ts';
import { ypFactorsOf } from './clauses.ts';
import { pr10Clauses, type Pr10Clause } from './clauses-discuss.ts';
import type { TriageInput, TriageRule, YpFactor } from './types.ts';
import { childPhrase, joinAnd } from './wording.ts';

const FACTOR_WORDS: Record<YpFactor, string> = {
  da: 'domestic abuse',
  sub: 'alcohol or drug use',
  mh: 'self-harm or an overdose',
};

/** `ypNotify`: the GP, the baby's health visitor if H1 = yes, maternity safeguarding if H2 = yes. */
const ypNotify = ({ answers }: TriageInput): ActionCode[] => [
  'NOTIFY_GP',
  ...(answers.ownChildren === 'yes' ? (['NOTIFY_HV'] as const) : []),
  ...(answers.pregnancy === 'yes' ? (['MATERNITY_SAFEGUARDING_NOTIFY'] as const) : []),
];

const parenthood = ({ answers }: TriageInput): string =>
  answers.ownChildren === 'yes'
    ? 'has a child of their own, or is the main carer of one,'
    : 'is pregnant, or their partner is,';

const factorsPhrase = (input: TriageInput): string =>
  joinAnd(ypFactorsOf(input.answers).map((f) => FACTOR_WORDS[f]));

const REASONS: Record<Pr10Clause, (input: TriageInput) => string> = {
  a: ({ config }) =>
    `The young person’s own child is on their own now. This form treats that child as under ${config.childAloneEmergencyAgeYears}, too young to be left alone: call 999 for a welfare check, then refer.`,
  b: (input) =>
    `${childPhrase(input.age)} ${parenthood(input)} and this attendance involves ${factorsPhrase(input)}. Their baby or unborn child is at serious risk and needs a referral now.`,
  c: (input) =>
    `${childPhrase(input.age)} ${parenthood(input)} and this attendance involves ${factorsPhrase(input)}. Discuss the baby’s safety with the safeguarding lead before they leave.`,
  d: () =>
    'The young person is being hurt, threatened, controlled or frightened by a partner or ex-partner. Offer the young people’s Dash and a domestic abuse service, in private.',
  e: () =>
    'The young people’s Dash shows a high risk of domestic abuse. A 16- or 17-year-old at high risk is still a child in need of protection: refer to MARAC and to children’s social care.',
};

const OUTCOMES: Record<
  Pr10Clause,
  { level: Firing['level']; actions: (input: TriageInput) => ActionCode[] }
> = {
  a: { level: 'EMERGENCY', actions: () => ['POLICE_999', 'MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD'] },
  b: {
    level: 'REFER',
    actions: (input) => ['MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD', ...ypNotify(input)],
  },
  c: { level: 'DISCUSS', actions: (input) => ['INFORM_SAFEGUARDING_LEAD', ...ypNotify(input)] },
  d: { level: 'DISCUSS', actions: () => ['IDVA_OR_DA_SERVICE', 'INFORM_SAFEGUARDING_LEAD'] },
  e: {
    level: 'REFER',
    actions: () => ['MARAC_REFERRAL', 'MASH_REFERRAL', 'IDVA_OR_DA_SERVICE', 'INFORM_SAFEGUARDING_LEAD'],
  },
};

// paediatric-triage.md "P-R10 — own children, pregnancy, partner abuse" ((a) is a [PROJECT RULE])
export const pr10: TriageRule = {
  id: 'P-R10',
  evaluate: (input) => {
    const clauses = pr10Clauses(input);
    return (Object.keys(clauses) as Pr10Clause[])
      .filter((clause) => clauses[clause])
      .map((clause) =>
        firing('P-R10', OUTCOMES[clause].level, OUTCOMES[clause].actions(input), REASONS[clause](input), {
          clause,
          ...(clause === 'a' ? { status: 'project-rule' as const } : {}),
        }),
      );
  },
};
