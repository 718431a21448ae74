import type { ProformaFixture } from '../../model/fixture.ts';
import { discussed, faContext, reviewed, visit, X, Y } from './fixtures-builder.ts';
import type { FrequentAttenderAnswers } from './schema.ts';

type Fixture = ProformaFixture<FrequentAttenderAnswers>;

const example10Records = (leftBeforeSeen: boolean) => [
  visit('r1', -250, Y, { leftBeforeSeen }),
  visit('r2', -80, X),
];
const example10Answers = (lead: boolean, extra: Partial<FrequentAttenderAnswers> = {}) => ({
  ...reviewed({ patternFeatures: ['different-places'], attendanceExplanation: 'separate-accidents' }),
  ...(lead ? discussed : {}),
  ...extra,
});

/** frequent-attender.md "Worked examples" #10 and both of its variants. */
export const workedExampleFixtures3: Fixture[] = [
  {
    name: '9-year-old girl who left another unit before being seen: the pattern must be discussed',
    example: '10',
    rules: ['FA1', 'FA-P'],
    context: faContext('2015-12-25', 'female', example10Records(true)),
    answers: example10Answers(true),
    expected: {
      level: 'DISCUSS',
      actions: ['INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['FA_FLAG', 'CONSIDER_MASH'],
      firedRules: ['FA1', 'FA-P'],
      detail: { faLevel: 'FA1', n12: 3, n6: 2, providers12: 2 },
    },
    complete: true,
  },
  {
    name: '9-year-old girl with three explained visits and no visit left before being seen',
    example: '10 (variant: without the left-before-seen record)',
    rules: ['FA1'],
    context: faContext('2015-12-25', 'female', example10Records(false)),
    answers: example10Answers(false),
    expected: {
      level: 'NOTIFY',
      actions: ['NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['INFORM_SAFEGUARDING_LEAD', 'FA_FLAG', 'CONSIDER_MASH'],
      firedRules: ['FA1'],
      detail: { faLevel: 'FA1', n12: 3, n6: 2, providers12: 2 },
    },
    complete: true,
  },
  {
    name: '9-year-old girl whose explanations for three visits keep changing',
    example: '10 (variant: V8 inconsistent)',
    rules: ['FA1', 'FA-P'],
    context: faContext('2015-12-25', 'female', example10Records(false)),
    answers: example10Answers(true, { attendanceExplanation: 'inconsistent' }),
    expected: {
      level: 'DISCUSS',
      actions: ['INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['FA_FLAG', 'CONSIDER_MASH'],
      firedRules: ['FA1', 'FA-P'],
      detail: { faLevel: 'FA1', n12: 3, n6: 2, providers12: 2 },
    },
    complete: true,
  },
];
