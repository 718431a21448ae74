/** referrals.md §6 Example B (Ava Brooks) and other child notifications, hand-made. */
import type { Assessment } from '../../engine/assess.ts';
import type { AssessmentContext } from '../../model/context.ts';
import type { DraftDocumentsInput } from '../types.ts';
import { context, encounter, form, inputs } from './fixtures.ts';

export const avaTriage: Record<string, unknown> = {
  immediateDanger: 'no',
  accompaniedBy: 'parent',
  companionDetails: 'Chloe Brooks, her mother',
  companionHasPr: 'yes',
  prHolders: 'Chloe Brooks (mother)',
  gpRegistered: 'no',
  cpisResult: 'none',
  cinOrSocialWorker: 'no',
  previousAttendances12m: 2,
  presentingComplaint: 'A high temperature and a cough for two days.',
  injuryOrMark: 'no',
  sexualHealthOrAssault: 'no',
  disclosedAbuse: 'no',
  infoSharingExplained: 'yes',
  concernSummary: 'I have no safeguarding concern. The family has not yet registered with a GP.',
};

export const exampleB = (
  over: {
    triage?: Record<string, unknown>;
    forms?: Assessment[];
    context?: Partial<AssessmentContext['attendance']>;
  } = {},
): DraftDocumentsInput => {
  const ctx = context({
    dateOfBirth: '2024-01-02',
    sex: 'female',
    arrivedAt: '2025-03-04T19:20:00+00:00',
    departmentType: '04',
    reasons: ['illness'],
  });
  return {
    answers: { 'paediatric-triage': over.triage ?? avaTriage, 'frequent-attender': {} },
    context: { ...ctx, attendance: { ...ctx.attendance, ...over.context } },
    assessment: encounter(
      ...(over.forms ?? [
        form('paediatric-triage', {
          level: 'NOTIFY',
          actions: ['NOTIFY_HV'],
          firedRules: ['P-R9'],
          detail: { ageYears: 1, ageMonths: 14, nonMobile: false, notifyService: 'hv', cpFlag: false },
          reasons: ['Ava is not registered with a GP.'],
        }),
        form('frequent-attender', {
          level: 'NOTIFY',
          actions: ['NOTIFY_GP', 'NOTIFY_HV'],
          firedRules: ['FA1'],
          detail: { faLevel: 'FA1', n12: 3, n6: 2, providers12: 2 },
          reasons: ['Three unplanned visits in a year.'],
        }),
      ]),
    ),
    inputs: inputs(
      { fullName: 'Ava Brooks', nhsNumber: '9997654321', address: 'Flat 3, 8 Example Road, Exampleton' },
      {
        site: { name: 'Exampleton Walk-in Centre', odsCode: 'RX1WC', departmentType: '04' },
        clinical: {
          diagnosis: 'A chest infection caused by a virus.',
          treatment: 'Advice on caring for a fever and on when to get help urgently.',
        },
      },
    ),
  };
};

/** A child triage at a given level with given rules and actions, for the §4 request rules. */
export const childNotification = (
  triage: Record<string, unknown>,
  triageForm: Partial<Assessment>,
  patient: { dateOfBirth: string; fullName: string; sex?: 'female' | 'male' },
): DraftDocumentsInput => ({
  answers: { 'paediatric-triage': triage },
  context: context({
    dateOfBirth: patient.dateOfBirth,
    sex: patient.sex ?? 'female',
    arrivedAt: '2025-03-04T19:20:00+00:00',
  }),
  assessment: encounter(form('paediatric-triage', triageForm)),
  inputs: inputs({ fullName: patient.fullName, nhsNumber: '9990001112', address: '1 Test Lane, Exampleton' }),
});
