import type { ProformaFixture } from '../../model/fixture.ts';
import { PLAN } from './fixtures-examples.ts';
import {
  adult,
  answers,
  bornYearsAgo,
  child,
  childElsewhere,
  disclosedVictim,
  inCare,
  maracDetails,
  SUMMARY,
} from './fixtures-build.ts';
import type { HiddenHarmAnswers } from './schema.ts';

type Fixture = ProformaFixture<HiddenHarmAnswers>;

const ALONE_PLAN = 'The patient says the child is fine at home on their own.';

/** Example 9: a mother being admitted after self-harm, her son at home alone. */
const admittedSelfHarm = (years: number): Partial<HiddenHarmAnswers> =>
  answers({
    presentingReasons: ['self-harm'],
    childrenUnder18: 'yes',
    children: [
      child('Oscar Example', bornYearsAgo(years), {
        whereNow: 'home',
        whoCaringNow: 'alone',
        aloneOvernight: 'yes',
      }),
    ],
    ...inCare(ALONE_PLAN),
    concernSummary: SUMMARY,
  });

/** Example 10: a man assaulted by his partner, who is waiting outside. */
const partnerOutside = (contact: 'unsupervised-or-overnight' | 'supervised'): Partial<HiddenHarmAnswers> =>
  answers({
    presentingReasons: ['assault', 'domestic-abuse'],
    otherChildrenElsewhere: 'yes',
    contactWithChildrenElsewhere: contact,
    ...(contact === 'supervised'
      ? {}
      : { childrenElsewhere: [childElsewhere('Ruby Example', bornYearsAgo(4))], ...inCare(PLAN) }),
    ...disclosedVictim({ adultImmediateDanger: 'yes', dashAgreed: 'no', professionalJudgementHigh: 'yes' }),
    ...maracDetails,
    concernSummary: SUMMARY,
  });

/** hidden-harm.md "Worked examples" 9 and 10, each variant in its row as its own fixture. */
export const examplesNineAndTen: Fixture[] = [
  {
    name: 'Mother admitted after self-harm whose 15-year-old son would be home alone overnight',
    example: '9',
    rules: ['A-R2', 'A-R8'],
    context: adult(38, 'female'),
    answers: admittedSelfHarm(15),
    expected: {
      level: 'EMERGENCY',
      actions: ['POLICE_999', 'MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD', 'MENTAL_HEALTH_REVIEW'],
      firedRules: ['A-R2', 'A-R8'],
    },
    complete: true,
  },
  {
    name: 'Mother admitted after self-harm whose 16-year-old son would be home alone overnight',
    example: '9 variant (child aged 16)',
    rules: ['A-R4', 'A-R8'],
    context: adult(38, 'female'),
    answers: admittedSelfHarm(16),
    expected: {
      level: 'DISCUSS',
      actions: ['NOTIFY_GP', 'NOTIFY_SN', 'MENTAL_HEALTH_REVIEW'],
      absent: ['POLICE_999', 'MASH_REFERRAL'],
      firedRules: ['A-R4', 'A-R8'],
    },
    complete: true,
  },
  {
    name: 'Man assaulted by his partner, who is waiting outside, with his 4-year-old every other weekend',
    example: '10',
    rules: ['A-R10', 'A-R3', 'A-R6'],
    context: adult(31, 'male'),
    answers: partnerOutside('unsupervised-or-overnight'),
    expected: {
      level: 'EMERGENCY',
      actions: [
        'POLICE_999',
        'INFORM_SAFEGUARDING_LEAD',
        'MASH_REFERRAL',
        'MARAC_REFERRAL',
        'IDVA_OR_DA_SERVICE',
        'NOTIFY_GP',
        'NOTIFY_HV',
      ],
      firedRules: ['A-R3', 'A-R6', 'A-R10'],
      detail: { maracRoutes: ['professional-judgement'], householdFactors: ['da'] },
    },
    complete: true,
  },
  {
    name: 'Man assaulted by his partner, who is waiting outside, who sees his child only supervised',
    example: '10 variant (H1b.1 supervised)',
    rules: ['A-R10', 'A-R1', 'A-R5', 'A-R6'],
    context: adult(31, 'male'),
    answers: partnerOutside('supervised'),
    expected: {
      level: 'EMERGENCY',
      actions: [
        'POLICE_999',
        'INFORM_SAFEGUARDING_LEAD',
        'MARAC_REFERRAL',
        'IDVA_OR_DA_SERVICE',
        'NOTIFY_GP',
      ],
      absent: ['MASH_REFERRAL', 'NOTIFY_HV'],
      firedRules: ['A-R1', 'A-R5', 'A-R6', 'A-R10'],
      detail: { maracRoutes: ['professional-judgement'], householdFactors: ['da'] },
    },
    complete: true,
  },
];
