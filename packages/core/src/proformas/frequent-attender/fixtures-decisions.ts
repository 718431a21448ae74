import type { ProformaFixture } from '../../model/fixture.ts';
import { discussed, faContext, reviewed, visit, Y } from './fixtures-builder.ts';
import type { FrequentAttenderAnswers } from './schema.ts';

type Fixture = ProformaFixture<FrequentAttenderAnswers>;

// Boundary and decision rows for FA-P and FA-J: the head-injury age threshold (one below it; the
// threshold itself is example 9's variant), a V10 concern, and telling the social worker.

const two = [visit('r2', -200), visit('r3', -100)];

export const decisionFixtures: Fixture[] = [
  {
    name: '4-year-old (4 years 11 months) with a head injury after an earlier injury visit',
    example: 'boundary',
    rules: ['FA0', 'FA-P', 'FA-J'],
    context: faContext('2020-03-13', 'female', [visit('r1', -40, Y, { reasons: ['assault'] })]),
    answers: {
      headInjuryToday: 'yes',
      reviewDecision: 'concern-discuss',
      decisionReason: 'Two injuries in six weeks (synthetic).',
      ...discussed,
    },
    expected: {
      level: 'DISCUSS',
      actions: ['INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_HV'],
      absent: ['FA_FLAG'],
      firedRules: ['FA0', 'FA-P', 'FA-J'],
      detail: { faLevel: 'FA0', n12: 2, n6: 2, providers12: 2 },
    },
    complete: true,
  },
  {
    name: '6-year-old repeat attender with similar injuries: worried, discuss before leaving',
    example: 'boundary',
    rules: ['FA1', 'FA-P', 'FA-J'],
    context: faContext('2018-10-01', 'male', two),
    answers: {
      ...reviewed({ patternFeatures: ['similar-injuries'], reviewDecision: 'concern-discuss' }),
      leadDiscussion: 'arranged',
    },
    expected: {
      level: 'DISCUSS',
      actions: ['INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['FA_FLAG', 'CONSIDER_MASH'],
      firedRules: ['FA1', 'FA-P', 'FA-J'],
      detail: { faLevel: 'FA1', n12: 3, n6: 2, providers12: 1 },
    },
  },
  {
    name: '11-year-old repeat attender with a social worker: the clinician tells the social worker',
    example: 'boundary',
    rules: ['FA1', 'FA-J'],
    context: faContext('2013-05-05', 'female', two),
    answers: reviewed({ reviewDecision: 'inform-social-worker' }),
    expected: {
      level: 'NOTIFY',
      actions: ['CPIS_INFORM_SOCIAL_WORKER', 'NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['INFORM_SAFEGUARDING_LEAD', 'FA_FLAG'],
      firedRules: ['FA1', 'FA-J'],
      detail: { faLevel: 'FA1', n12: 3, n6: 2, providers12: 1 },
    },
    complete: true,
  },
];
