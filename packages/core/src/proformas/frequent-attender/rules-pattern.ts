import { firing, type Firing } from '../../model/rule.ts';
import type { PatternClause } from './derived.ts';
import type { FrequentAttenderInput, FrequentAttenderRule } from './types.ts';
import { capitalise, HISTORY_NOT_CHECKED, joinAnd, leftPhrase, longDate } from './wording.ts';

// frequent-attender.md "Rules" FA-U, FA-P and FA-J: they fire in addition to the FA level.

const project = { status: 'project-rule' } as const;

// FA-U — history not checked [PROJECT RULE]: at least NOTIFY; NOTIFY_GP to review the urgent-care visits.
export const faU: FrequentAttenderRule = {
  id: 'FA-U',
  evaluate: ({ derived }) =>
    derived.historyAvailable
      ? []
      : [
          firing(
            'FA-U',
            'NOTIFY',
            ['NOTIFY_GP'],
            `${HISTORY_NOT_CHECKED} Ask the GP to review the child’s urgent-care visits.`,
            project,
          ),
        ],
};

const FEATURE_WORDS: Record<string, string> = {
  'similar-injuries': 'similar injuries more than once',
  'unexplained-injuries': 'injuries without a clear explanation',
  'left-before-seen': 'leaving before being seen',
  'missed-follow-up': 'missed follow-up or GP appointments',
};

const clauseReason = (clause: PatternClause, input: FrequentAttenderInput): string => {
  const { answers, derived, config } = input;
  switch (clause) {
    case 'a':
      return `The earlier visits show ${joinAnd(
        (answers.patternFeatures ?? []).filter((f) => f in FEATURE_WORDS).map((f) => FEATURE_WORDS[f] ?? f),
      )}.`;
    case 'b':
      return answers.attendanceExplanation === 'inconsistent'
        ? 'The explanations for the visits change or do not fit.'
        : 'No explanation was given for the number of visits.';
    case 'c':
      return `${capitalise(joinAnd(derived.leftBeforeSeenVisits.map(leftPhrase)))} before being seen.`;
    case 'd':
      return `A child under ${config.faRepeatHeadInjuryUnderYears} with a head injury today was brought to urgent care with an injury ${joinAnd(
        derived.injuryVisits.map((v) => (v.date ? `on ${longDate(v.date)}` : 'on a date not recorded')),
      )}.`;
    default:
      return clause satisfies never;
  }
};

// FA-P — pattern of concern [PROJECT RULE]: DISCUSS before the child leaves; lead, NOTIFY_GP, hvOrSn.
// One reason per clause (a)–(d) that held; V10 `no-concern` does not cancel it.
export const faP: FrequentAttenderRule = {
  id: 'FA-P',
  evaluate: (input): Firing[] =>
    input.derived.patternClauses.map((clause) =>
      firing(
        'FA-P',
        'DISCUSS',
        ['INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', input.derived.hvOrSn],
        `${clauseReason(clause, input)} Discuss with the safeguarding lead before this child leaves.`,
        { clause, ...project },
      ),
    ),
};

// FA-J — clinician's decision [PROJECT RULE]: judgement raises the level, never lowers it.
export const faJ: FrequentAttenderRule = {
  id: 'FA-J',
  evaluate: ({ answers }): Firing[] => {
    switch (answers.reviewDecision) {
      case 'concern-discuss':
        return [
          firing(
            'FA-J',
            'DISCUSS',
            ['INFORM_SAFEGUARDING_LEAD'],
            'The clinician is worried about the pattern of visits: discuss with the safeguarding lead before this child leaves.',
            project,
          ),
        ];
      case 'concern-refer':
        return [
          firing(
            'FA-J',
            'REFER',
            ['MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD'],
            'The clinician judges that the child may be suffering, or likely to suffer, significant harm. Phone now: the MASH in working hours, the emergency duty team out of hours. Do not discharge until they agree a plan; the written referral follows.',
            project,
          ),
        ];
      case 'inform-social-worker':
        return [
          firing(
            'FA-J',
            'NOTIFY',
            ['CPIS_INFORM_SOCIAL_WORKER'],
            'The clinician decided to tell the child’s allocated social worker about this visit.',
            project,
          ),
        ];
      case 'no-concern':
      case undefined:
        return [];
      default:
        return answers.reviewDecision satisfies never;
    }
  },
};
