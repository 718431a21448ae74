/** A hidden-harm encounter: an adult after self-harm, domestic abuse disclosed, DASH done, two children. */
import { DASH_QUESTIONS } from '../termsAdult.ts';
import type { DraftDocumentsInput } from '../types.ts';
import { context, encounter, form, inputs } from './fixtures.ts';

/** The first `yes` DASH answers are yes, the rest no. */
const dash = (yes: number): Record<string, string> =>
  Object.fromEntries(DASH_QUESTIONS.map(([key], i) => [key, i < yes ? 'yes' : i === 23 ? 'unknown' : 'no']));

export const hiddenHarmAnswers: Record<string, unknown> = {
  presentingReasons: ['self-harm', 'domestic-abuse'],
  childrenUnder18: 'yes',
  children: [
    {
      name: 'Mia Reed',
      dateOfBirth: '2022-09-01',
      sex: 'female',
      livesWithPatient: 'yes',
      whereNow: 'home',
      whoCaringNow: 'relative',
      carerName: 'Pat Reed, grandmother',
      cpisStatus: 'none',
      gp: 'Exampleton Health Centre',
      schoolOrNursery: 'Little Acorns Nursery',
    },
    {
      name: 'Sam Reed',
      dateOfBirth: '2016-02-10',
      sex: 'male',
      livesWithPatient: 'yes',
      whereNow: 'school-childcare',
      whoCaringNow: 'childcare-school',
      carerName: 'Exampleton Primary School',
      cpisStatus: 'cin',
      schoolOrNursery: 'Exampleton Primary School',
    },
  ],
  otherChildrenElsewhere: 'no',
  pregnant: 'no',
  otherDependants: 'no',
  intentToHarmChild: 'no',
  childrenWitnessed: 'no',
  householdDomesticAbuse: 'yes',
  safeToTalkNow: 'yes',
  domesticAbuseDisclosed: 'yes',
  domesticAbuseRole: 'victim',
  safeContactDetails: 'Mobile 07700 900123, weekdays after 10:00; do not leave messages.',
  dashAgreed: 'yes',
  ...dash(15),
  dashFearsDetail: 'He said he would take the kids and I would never see them again.',
  professionalJudgementHigh: 'no',
  incidentsLast12Months: 4,
  maracVictimAware: 'yes',
  infoSharingExplained: 'yes',
  childCarePlan: "My mum will have them until I'm home.",
  concernSummary: 'Jess Reed took an overdose after her partner hurt her. Mia and Sam live with them.',
};

export const hiddenHarmVisit = (): DraftDocumentsInput => ({
  answers: { 'hidden-harm': hiddenHarmAnswers },
  context: context({
    dateOfBirth: '1995-06-01',
    sex: 'female',
    arrivedAt: '2025-03-04T22:15:00+00:00',
    departmentType: '01',
    reasons: ['self-harm'],
  }),
  assessment: encounter(
    form('hidden-harm', {
      level: 'REFER',
      actions: [
        'MASH_REFERRAL',
        'MARAC_REFERRAL',
        'INFORM_SAFEGUARDING_LEAD',
        'IDVA_OR_DA_SERVICE',
        'MENTAL_HEALTH_REVIEW',
        'NOTIFY_GP',
        'NOTIFY_HV',
        'NOTIFY_SN',
      ],
      firedRules: ['A-R3', 'A-R6', 'A-R8'],
      detail: {
        dashScore: 15,
        maracRoutes: ['visible-high-risk', 'potential-escalation'],
        householdFactors: ['da', 'mh'],
      },
      reasons: [
        'Jess Reed disclosed domestic abuse, and two children live with her.',
        'The risk checklist score is 15, at or above the threshold of 14.',
      ],
    }),
  ),
  inputs: inputs(
    { fullName: 'Jess Reed', nhsNumber: '9993334445', address: '9 Elm Road, Exampleton' },
    {
      site: {
        name: 'Exampleton General Hospital emergency department',
        odsCode: 'RX1ED',
        departmentType: '01',
      },
    },
  ),
});
