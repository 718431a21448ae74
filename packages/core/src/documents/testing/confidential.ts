/** A confidential sexual-health visit below DISCUSS (P-R8, C-R4, C-R9; referrals.md §4). */
import type { ActionCode } from '../../model/actions.ts';
import type { DraftDocumentsInput } from '../types.ts';
import { context, encounter, form, inputs } from './fixtures.ts';

export interface ConfidentialCase {
  /** triage E2.2 */
  triageView?: 'agrees' | 'objects' | 'not-asked';
  /** CSE S16; undefined = no CSE form in the encounter */
  cseView?: 'agrees' | 'objects' | 'not-asked' | 'no-form';
  /** extra triage actions and rules (e.g. P-R12's NOTIFY_SN) */
  extraActions?: ActionCode[];
  extraRules?: string[];
  extraTriage?: Record<string, unknown>;
}

export const confidentialVisit = (c: ConfidentialCase = {}): DraftDocumentsInput => {
  const cseView = c.cseView ?? 'agrees';
  const withCse = cseView !== 'no-form';
  const triage: Record<string, unknown> = {
    accompaniedBy: 'alone',
    gpRegistered: 'yes',
    gpPractice: 'Riverside Surgery',
    cpisResult: 'none',
    cinOrSocialWorker: 'no',
    presentingComplaint: 'Asked for emergency contraception after sex with her boyfriend.',
    injuryOrMark: 'no',
    sexualHealthOrAssault: 'yes',
    sexualHealthNeeds: ['emergency-contraception'],
    disclosedAbuse: 'no',
    infoSharingExplained: 'yes',
    ...(c.triageView ? { youngPersonSharingView: c.triageView } : {}),
    ...c.extraTriage,
  };
  const forms = [
    form('paediatric-triage', {
      level: c.extraActions?.length ? 'NOTIFY' : 'NO_CONCERN',
      actions: ['ROUTINE_SUMMARY', ...(c.extraActions ?? [])],
      firedRules: ['P-R8', ...(c.extraRules ?? [])],
      detail: {
        ageYears: 15,
        ageMonths: 185,
        nonMobile: false,
        notifyService: 'sn',
        cpFlag: false,
        routineSummaryTo: ['gp'],
        routineSummaryPrivacy: { notForOnlineView: true, omitSexualHealth: c.triageView !== 'agrees' },
      },
      reasons: ['A confidential sexual-health visit: the letter goes to the GP only.'],
    }),
  ];
  if (withCse)
    forms.push(
      form('cse', {
        level: 'NOTIFY',
        actions: ['NOTIFY_GP', 'SEXUAL_HEALTH_FOLLOWUP'],
        firedRules: ['C-R4', 'C-R7', 'C-R9'],
        detail: { cseRisk: 'LOW', green: ['G6'], amber: [], red: [], ecDoNotDelay: true },
        reasons: ['She is experimenting with alcohol.'],
      }),
    );
  return {
    answers: {
      'paediatric-triage': triage,
      ...(withCse
        ? {
            cse: {
              screenReasons: ['emergency-contraception'],
              youngPersonSharingView: cseView,
              partnerAgeStatus: 'stated',
              partnerAgeYears: 17,
            },
          }
        : {}),
    },
    context: context({
      dateOfBirth: '2009-11-20',
      sex: 'female',
      arrivedAt: '2025-03-04T16:00:00+00:00',
      reasons: ['sexual-health'],
    }),
    assessment: encounter(...forms),
    inputs: inputs(
      { fullName: 'Zoe Hart', nhsNumber: '9990002223', address: '4 Mill Lane, Exampleton' },
      { clinical: { diagnosis: 'Emergency contraception given.', treatment: 'Levonorgestrel 1.5 mg stat.' } },
    ),
  };
};
