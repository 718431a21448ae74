import type { ProformaFixture } from '../../model/fixture.ts';
import { scenario } from './fixtures-builder.ts';
import type { PaediatricTriageAnswers } from './schema.ts';

/** paediatric-triage.md "Worked examples" #10–#11, each variant in its row included. */
export const workedExampleFixtures3: ProformaFixture<PaediatricTriageAnswers>[] = [
  scenario({
    name: '14-year-old boy brought by the police with a stab wound, carrying cash and phones',
    example: '#10',
    rules: ['P-R3', 'P-R5'],
    born: '2010-11-22',
    sex: 'male',
    answers: {
      accompaniedBy: 'police',
      companionHasPr: 'no',
      injuryTypes: ['knife-or-gunshot'],
      hurtByAnotherPerson: 'other-person',
      exploitationSigns: ['drugs-cash-or-phones'],
    },
    expected: {
      level: 'REFER',
      actions: ['MASH_REFERRAL', 'POLICE_NOTIFY', 'INFORM_SAFEGUARDING_LEAD'],
      firedRules: ['P-R3', 'P-R5'],
    },
  }),
  scenario({
    name: '14-year-old boy with a parent, accidental kitchen-knife cut',
    example: '#10',
    rules: ['P-R8'],
    born: '2010-11-22',
    sex: 'male',
    answers: { injuryTypes: ['laceration'], exploitationSigns: ['none'] },
    expected: {
      level: 'NO_CONCERN',
      actions: ['ROUTINE_SUMMARY'],
      absent: ['POLICE_NOTIFY', 'MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD'],
      firedRules: ['P-R8'],
    },
  }),
  scenario({
    name: '13-year-old non-verbal disabled boy who cannot move independently, with a suspected fracture',
    example: '#11',
    rules: ['P-R2'],
    born: '2011-10-15',
    sex: 'male',
    answers: {
      disabilityOrCommunicationNeed: 'yes',
      independentlyMobile: 'no',
      injuryTypes: ['fracture-suspected'],
      noAccountReason: 'communication-needs',
    },
    expected: {
      level: 'REFER',
      actions: [
        'MASH_REFERRAL',
        'PAEDS_CONSULTANT_REVIEW_SAME_DAY',
        'INFORM_SAFEGUARDING_LEAD',
        'NOTIFY_GP',
        'NOTIFY_SN',
      ],
      absent: ['NOTIFY_HV', 'ROUTINE_SUMMARY'],
      firedRules: ['P-R2'],
      detail: { nonMobile: true },
    },
  }),
  scenario({
    name: '13-year-old non-verbal disabled boy with a suspected fracture, mobility not yet recorded (B6 blank)',
    example: '#11',
    rules: ['P-R2'],
    born: '2011-10-15',
    sex: 'male',
    answers: {
      disabilityOrCommunicationNeed: 'yes',
      independentlyMobile: undefined,
      injuryTypes: ['fracture-suspected'],
      noAccountReason: 'communication-needs',
    },
    expected: {
      level: 'NO_CONCERN',
      actions: [],
      absent: ['MASH_REFERRAL', 'PAEDS_CONSULTANT_REVIEW_SAME_DAY'],
      detail: { nonMobile: false },
    },
    complete: false,
  }),
];
