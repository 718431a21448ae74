import type { ActionCode, DocumentKind } from '@proformas/core';
import type { ServiceRequest } from '../fhir/resources.ts';
import { actionCoding } from '../terminology/project.ts';
import { ref, securityMeta, type BundleContext } from './context.ts';

/** coding.md §2.8: the actions that are a request for a service. */
export const SERVICE_REQUEST_ACTIONS = [
  'MASH_REFERRAL',
  'MARAC_REFERRAL',
  'TRANSFER_ED_AMBULANCE',
  'PAEDS_CONSULTANT_REVIEW_SAME_DAY',
  'SARC_REFERRAL',
  'MENTAL_HEALTH_REVIEW',
  'SEXUAL_HEALTH_FOLLOWUP',
  'FGM_SPECIALIST_REFERRAL',
  'IDVA_OR_DA_SERVICE',
] as const satisfies readonly ActionCode[];
export type ServiceRequestAction = (typeof SERVICE_REQUEST_ACTIONS)[number];

/** The referral document each request's letter is (referrals.md §1, §2). */
export const REQUEST_DOCUMENT: Partial<Record<ServiceRequestAction, DocumentKind>> = {
  MASH_REFERRAL: 'mash-referral',
  MARAC_REFERRAL: 'marac-referral',
};

/**
 * Priority (coding.md §2.8): `urgent`, or `stat` at EMERGENCY. The ambulance transfer is now.
 * SARC: `asap` within the forensic window (C-R2 a), `stat` at EMERGENCY, `urgent` when non-recent.
 */
const priorityOf = (ctx: BundleContext, action: ServiceRequestAction): ServiceRequest['priority'] => {
  const emergency = ctx.input.assessment.level === 'EMERGENCY';
  if (action === 'TRANSFER_ED_AMBULANCE' || (emergency && action !== 'SARC_REFERRAL')) return 'stat';
  if (action !== 'SARC_REFERRAL') return 'urgent';
  if (emergency) return 'stat';
  return ctx.input.assessment.forms.cse?.detail['forensicWindowOpen'] === true ? 'asap' : 'urgent';
};

/** A request is sensitive when its letter is (coding.md §2.8 "Its ServiceRequest ... same labels"). */
const sensitive = (ctx: BundleContext, action: ServiceRequestAction): boolean => {
  const kind = REQUEST_DOCUMENT[action];
  return (
    kind !== undefined &&
    (ctx.input.documents ?? []).some((d) => d.kind === kind && d.sensitivity !== undefined)
  );
};

/** One ServiceRequest per request action of the encounter. */
export const serviceRequestsFor = (
  ctx: BundleContext,
): { action: ServiceRequestAction; request: ServiceRequest }[] =>
  SERVICE_REQUEST_ACTIONS.filter((action) => ctx.input.assessment.actions.includes(action)).map((action) => {
    const forms = ctx.formsWith(action);
    const request: ServiceRequest = {
      resourceType: 'ServiceRequest',
      ...(sensitive(ctx, action) ? { meta: securityMeta(true) } : {}),
      status: ctx.input.signed ? 'active' : 'draft',
      intent: 'order',
      priority: priorityOf(ctx, action),
      code: { coding: [actionCoding(ctx.base, action)] },
      subject: ctx.patient,
      encounter: ctx.encounter,
      authoredOn: ctx.when,
      ...(ctx.clinician ? { requester: ctx.clinician } : {}),
      reasonReference: [ref(ctx.urn('RiskAssessment', 'encounter'), 'RiskAssessment')],
      ...(forms.length > 0
        ? {
            supportingInfo: forms.map((id) =>
              ref(ctx.urn('QuestionnaireResponse', id), 'QuestionnaireResponse'),
            ),
          }
        : {}),
    };
    return { action, request };
  });
