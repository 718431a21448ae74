import { buildEnv, has, type DraftEnv } from './env.ts';
import { draftFgmReports } from './fgmReport.ts';
import { draftMaracReferral } from './marac.ts';
import { draftMashReferral, mashDue } from './mash.ts';
import { draftPatientNotifications } from './notification.ts';
import { draftChildrenNotifications } from './notificationChildren.ts';
import type { DocumentDraft, DraftDocumentsInput } from './types.ts';

/**
 * Which documents are due, from the assessment's actions exactly as referrals.md says:
 * §1 on MASH_REFERRAL (or the lead's decision after CONSIDER_MASH / DISCUSS); §2 on MARAC_REFERRAL;
 * §3 one per regulated reporter `report-required` on POLICE_101_FGM_REPORT; §4 on NOTIFY_GP,
 * NOTIFY_HV, NOTIFY_SN or ROUTINE_SUMMARY.
 */
export const draftsFor = (env: DraftEnv): DocumentDraft[] => [
  ...(mashDue(env) ? [draftMashReferral(env)] : []),
  ...(has(env, 'MARAC_REFERRAL') ? [draftMaracReferral(env)] : []),
  ...draftFgmReports(env),
  ...draftPatientNotifications(env),
  ...draftChildrenNotifications(env),
];

/**
 * Draft every document the encounter's assessment calls for. Pure and deterministic: the same
 * input gives the same drafts (ids included). Every draft is frozen; edit it with `editDraft`.
 */
export const draftDocuments = (input: DraftDocumentsInput): DocumentDraft[] => draftsFor(buildEnv(input));
