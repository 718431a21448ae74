import { pr5nLimbs, type Pr5Clause } from './clauses-discuss.ts';
import type { TriageInput } from './types.ts';
import { childPhrase, injuriesPhrase, joinAnd, SUBSTANCE_NOUNS } from './wording.ts';

// The plain-English reason of each P-R5 clause (paediatric-triage.md "P-R5 — possible concern").

const COMPANIONS: Record<string, string> = {
  'adult-friend': 'a friend aged 18 or over',
  partner: 'a boyfriend, girlfriend or partner',
  'unrelated-adult': 'an adult who is not a relative',
  other: 'someone who is not a relative',
};

const SIGNS: Record<string, string> = {
  'far-from-home': 'found far from home',
  'drugs-cash-or-phones': 'carrying drugs, a lot of cash or several phones',
  weapon: 'carrying a weapon',
  arrested: 'arrested recently',
  'older-associates': 'older associates or a gang',
};

const CARER_FACTORS = [
  ['carerDomesticAbuse', 'domestic abuse at home'],
  ['carerSubstanceMisuse', 'a parent or carer misusing alcohol or drugs'],
  ['carerMentalHealth', 'a parent or carer with mental ill-health'],
] as const;

const limbN = (input: TriageInput): string => {
  const limbs = pr5nLimbs(input);
  const parts: string[] = [];
  if (limbs.declinedDetails)
    parts.push('The person with the child refused to give their name or relationship.');
  if (limbs.unfitCarer)
    parts.push('The adult with the child is not sober or not able to look after them now.');
  if (limbs.privateFostering) {
    const who = COMPANIONS[input.answers.accompaniedBy ?? 'other'] ?? 'someone who is not a relative';
    parts.push(
      `The child came with ${who}, who does not hold parental responsibility (or it is not known). ` +
        'This may be private fostering: when someone who is not a close relative cares for a child under 16 (or a disabled child under 18) for 28 days or more, the local authority must be told.',
    );
  }
  return parts.join(' ');
};

export const PR5_REASONS: Record<Pr5Clause, (input: TriageInput) => string> = {
  a: () => 'The delay in bringing the child for care after the injury has not been adequately explained.',
  b: ({ answers, age }) =>
    `${childPhrase(age)} has ${injuriesPhrase(answers.injuryTypes?.filter((t) => t === 'other'))} and ${
      answers.explanationSuitability === 'none-given'
        ? 'no explanation was given'
        : 'the explanation given does not fit it'
    }.`,
  c: ({ answers, age }) =>
    `${childPhrase(age)} came ${answers.accompaniedBy === 'alone' ? 'alone' : 'with only a friend under 18'}, with no adult. At this age, a child who comes without an adult needs a discussion about their safety before they leave.`,
  d: ({ age }) =>
    `${childPhrase(age)} is intoxicated with alcohol or drugs. At this age that needs a discussion about their safety.`,
  e: ({ age }) =>
    `${childPhrase(age)} has self-harmed or taken an overdose. They need a specialist psychosocial assessment before discharge.`,
  f: () => 'The child seems frightened and watchful.',
  g: () => 'Staff found the way the carer and the child were with each other concerning.',
  h: () => 'There are signs that the child is being neglected.',
  i: ({ answers }) =>
    `There is ${joinAnd(CARER_FACTORS.filter(([key]) => answers[key] === 'yes').map(([, words]) => words))}, which can put a child at risk.`,
  j: ({ encounter }) =>
    encounter.faLevel === 'FA3'
      ? 'The frequent-attender check found many recent urgent-care visits with features that call for escalation (FA3).'
      : 'The frequent-attender check found that the child is a frequent attender at urgent care (FA2).',
  k: () => 'The CSE screen rated the risk as medium.',
  l: ({ answers, age }) =>
    `${childPhrase(age)} has swallowed or breathed in ${joinAnd((answers.ingestedSubstance ?? []).map((s) => SUBSTANCE_NOUNS[s]))}. In a child under 5 this can mean they are not being kept safe.`,
  m: ({ answers }) => {
    const parts: string[] = [];
    if (answers.hurtByAnotherPerson === 'other-person')
      parts.push('was hurt on purpose by another child or by someone not identified');
    if (answers.accompaniedBy === 'police') parts.push('came with the police');
    const signs = (answers.exploitationSigns ?? []).filter((s) => s !== 'none').map((s) => SIGNS[s] ?? s);
    if (signs.length > 0) parts.push(`shows signs of criminal or other exploitation (${joinAnd(signs)})`);
    return `The child ${joinAnd(parts)}.`;
  },
  n: limbN,
  o: ({ answers }) =>
    `The child has gone missing from home or care, or stayed out overnight without permission.${
      answers.reportedMissingNow === 'yes'
        ? ' They are reported missing now: tell the police the child is found, and where.'
        : ''
    }`,
  p: ({ age }) =>
    `${childPhrase(age)} has genital or anal bleeding, discharge or pain with no clear medical cause. NICE says to consider sexual abuse.`,
};
