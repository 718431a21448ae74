import type { ActionCode, DocumentDraft, RecipientRole } from '@proformas/core';
import type { Reference } from '../fhir/datatypes.ts';
import type { Communication } from '../fhir/resources.ts';
import { actionCoding } from '../terminology/project.ts';
import { PARTICIPATION_MODE, ukCoreProfile } from '../terminology/systems.ts';
import { ref, securityMeta, type BundleContext } from './context.ts';
import { REQUEST_DOCUMENT, type ServiceRequestAction } from './requests.ts';

/** Notifications with no letter of their own in the drafts still become a Communication. */
const NOTIFY_ACTIONS = [
  'POLICE_999',
  'POLICE_NOTIFY',
  'CPIS_INFORM_SOCIAL_WORKER',
  'MATERNITY_SAFEGUARDING_NOTIFY',
  'NOTIFY_GP',
  'NOTIFY_HV',
  'NOTIFY_SN',
  'ROUTINE_SUMMARY',
] as const satisfies readonly ActionCode[];

/** The recipient whose letter, when drafted, is the notification. */
const LETTER_ROLE: Partial<Record<(typeof NOTIFY_ACTIONS)[number], RecipientRole>> = {
  NOTIFY_GP: 'gp',
  NOTIFY_HV: 'health-visitor',
  NOTIFY_SN: 'school-nurse',
  ROUTINE_SUMMARY: 'gp',
};

const PHONE = [{ coding: [{ system: PARTICIPATION_MODE, code: 'PHONE', display: 'telephone' }] }];

const base = (
  ctx: BundleContext,
): Pick<Communication, 'status' | 'subject' | 'encounter'> & { sender?: Reference } => ({
  // Drafted, not yet sent: `sent` and status `completed` are set when the message goes.
  status: 'preparation',
  subject: ctx.patient,
  encounter: ctx.encounter,
  ...(ctx.clinician ? { sender: ctx.clinician } : {}),
});

/** A drafted document's Communication: its text the payload, its sensitivity the security labels. */
const documentCommunication = (
  ctx: BundleContext,
  draft: DocumentDraft,
  requests: ReadonlyMap<string, string>,
) => {
  const request = Object.entries(REQUEST_DOCUMENT).find(([, kind]) => kind === draft.kind)?.[0] as
    ServiceRequestAction | undefined;
  const basedOn = request ? requests.get(request) : undefined;
  const communication: Communication = {
    resourceType: 'Communication',
    meta: {
      profile: [ukCoreProfile('Communication')],
      ...securityMeta(draft.sensitivity === 'safeguarding-third-party'),
    },
    identifier: [{ system: `${ctx.base}/Id/document`, value: `${ctx.input.attendance.id}/${draft.id}` }],
    ...(basedOn ? { basedOn: [ref(basedOn, 'ServiceRequest')] } : {}),
    ...base(ctx),
    category: [{ text: draft.kind }],
    topic: { text: draft.title },
    recipient: draft.recipients.map((r) => ({ display: `${r.name} (${r.role})` })),
    payload: [{ contentString: draft.text }],
  };
  return { key: `document-${draft.id}`, communication };
};

/**
 * SAFER READING: a notification with no drafted letter carries the labels whenever its letter
 * would (domain/README.md "Sensitivity"): any hidden-harm form, a GP / health-visitor / school-nurse
 * letter at NOTIFY or above, or a confidential sexual-health summary.
 */
const wouldBeSensitive = (ctx: BundleContext, action: (typeof NOTIFY_ACTIONS)[number]): boolean => {
  const { assessment } = ctx.input;
  if (assessment.forms['hidden-harm']) return true;
  if (LETTER_ROLE[action] === undefined) return false;
  return (
    assessment.level !== 'NO_CONCERN' ||
    assessment.forms['paediatric-triage']?.detail['routineSummaryPrivacy'] !== undefined
  );
};

const covered = (documents: readonly DocumentDraft[], action: (typeof NOTIFY_ACTIONS)[number]): boolean => {
  const role = LETTER_ROLE[action];
  return (
    role !== undefined &&
    documents.some((d) => d.kind === 'notification' && d.recipients.some((r) => r.role === role))
  );
};

/**
 * coding.md §2.8: each drafted document is a Communication (a referral's is `basedOn` its
 * ServiceRequest); each notification action without a drafted letter is one too (the police by phone).
 */
export const communicationsFor = (ctx: BundleContext, requests: ReadonlyMap<string, string>) => {
  const documents = ctx.input.documents ?? [];
  const out = documents.map((draft) => documentCommunication(ctx, draft, requests));
  for (const action of NOTIFY_ACTIONS) {
    if (!ctx.input.assessment.actions.includes(action) || covered(documents, action)) continue;
    const police = action === 'POLICE_999' || action === 'POLICE_NOTIFY';
    const communication: Communication = {
      resourceType: 'Communication',
      meta: { profile: [ukCoreProfile('Communication')], ...securityMeta(wouldBeSensitive(ctx, action)) },
      ...base(ctx),
      ...(action === 'POLICE_999' ? { priority: 'stat' as const } : {}),
      ...(police ? { medium: PHONE } : {}),
      topic: { coding: [actionCoding(ctx.base, action)] },
    };
    out.push({ key: `action-${action}`, communication });
  }
  return out;
};
