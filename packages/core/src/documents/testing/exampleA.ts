/** referrals.md §6 Example A: Leo Marsh, aged 6, a MASH referral confirming a phone call. */
import type { AttendanceRecord } from '../../model/context.ts';
import type { DraftDocumentsInput } from '../types.ts';
import { context, encounter, form, inputs } from './fixtures.ts';

const prior = (
  id: string,
  arrivedAt: string,
  providerId: string,
  providerName: string,
  complaint: string,
): AttendanceRecord => ({
  id,
  nhsNumber: '9991234567',
  arrivedAt,
  providerId,
  providerName,
  departmentType: '03',
  category: 'unplanned',
  reasons: ['injury'],
  presentingComplaint: complaint,
  safeguardingConcernRecorded: false,
  leftBeforeSeen: false,
  outcome: 'discharged',
  referralMade: false,
  source: 'local',
});

export const leoTriage: Record<string, unknown> = {
  immediateDanger: 'no',
  accompaniedBy: 'parent',
  companionDetails: 'Jo Marsh, his mother',
  companionDeclinedDetails: 'no',
  companionHasPr: 'yes',
  companionFitToCare: 'yes',
  prHolders: 'Jo Marsh (mother)',
  gpRegistered: 'yes',
  gpPractice: 'Dr Amir Khan, Exampleton Health Centre',
  schoolOrNursery: 'Year 2 at Exampleton Primary School',
  namedHvOrSn: 'School nursing team, Exampleton',
  cpisResult: 'none',
  cinOrSocialWorker: 'no',
  previousAttendances12m: 4,
  disabilityOrCommunicationNeed: 'no',
  presentingComplaint: 'A painful, swollen left wrist.',
  injuryOrMark: 'yes',
  hurtByAnotherPerson: 'not-known',
  injuryAt: '2025-03-03T18:00:00+00:00',
  unexplainedDelay: 'no',
  explanation: "He fell off a trampoline at a friend's house yesterday evening.",
  explanationGivenBy: 'Jo Marsh, his mother',
  explanationSuitability: 'unsuitable',
  injuryTypes: ['fracture-suspected', 'bruise-petechiae'],
  suspiciousPatterns: ['shaped-bruise', 'protected-site-bruise'],
  intoxicated: 'no',
  sexualHealthOrAssault: 'no',
  disclosedAbuse: 'no',
  ingestion: 'no',
  demeanour: ['frightened-watchful'],
  demeanourNotes: 'Quiet and watchful; flinched when a man raised his voice in the waiting room.',
  childAccountTaken: 'yes',
  childAccount: "I'm not allowed to say.",
  carerInteraction: 'appropriate',
  neglectSigns: 'no',
  otherChildren: 'Mia Marsh, aged 2',
  infoSharingExplained: 'yes',
  concernSummary:
    'Leo has a broken wrist with two different accounts, and bruises that fit with being grabbed.',
  discussedWith: 'Lee Morgan, safeguarding lead',
};

export const leoReasons = [
  'The two accounts of how Leo broke his wrist do not match.',
  'Bruises on the ear and fingertip bruises on the back of the arm are rarely accidental.',
];

export const exampleA = (triage: Record<string, unknown> = leoTriage): DraftDocumentsInput => ({
  answers: { 'paediatric-triage': triage, 'frequent-attender': {} },
  context: context({
    dateOfBirth: '2018-05-14',
    sex: 'male',
    arrivedAt: '2025-03-04T13:40:00+00:00',
    reasons: ['injury'],
    priorAttendances: [
      prior('a1', '2024-10-12T10:00:00+01:00', 'RX1', 'Exampleton Minor Injury Unit', 'A cut head'),
      prior('a2', '2024-11-20T17:30:00+00:00', 'RY2', 'Northtown Walk-in Centre', 'A sprained ankle'),
      prior('a3', '2025-01-08T19:00:00+00:00', 'RZ3', 'Exampleton General A&E', 'A burn to the hand'),
      prior('a4', '2025-02-10T09:15:00+00:00', 'RY2', 'Northtown Walk-in Centre', 'Bruised ribs'),
    ],
  }),
  assessment: encounter(
    form('paediatric-triage', {
      level: 'REFER',
      actions: ['MASH_REFERRAL', 'POLICE_NOTIFY', 'INFORM_SAFEGUARDING_LEAD'],
      firedRules: ['P-R3'],
      detail: { ageYears: 6, ageMonths: 81, nonMobile: false, notifyService: 'sn', cpFlag: false },
      reasons: leoReasons,
    }),
    form('frequent-attender', {
      level: 'DISCUSS',
      actions: ['CONSIDER_MASH', 'INFORM_SAFEGUARDING_LEAD', 'FA_FLAG', 'NOTIFY_GP', 'NOTIFY_SN'],
      firedRules: ['FA3'],
      detail: { faLevel: 'FA3', n12: 5, n6: 5, providers12: 3 },
      reasons: ['Five unplanned visits in a year, at three different places.'],
    }),
  ),
  inputs: inputs(
    {
      fullName: 'Leo Marsh',
      nhsNumber: '9991234567',
      address: '12 Sample Street, Exampleton',
      firstLanguage: 'English',
    },
    {
      clinical: {
        diagnosis: 'An X-ray shows a broken bone just above the left wrist.',
        treatment: 'A plaster cast.',
      },
    },
  ),
});
