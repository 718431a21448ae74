import { levelAtLeast } from '../model/levels.ts';
import { choice, isYes, record, strings } from './answers.ts';
import { detailOf, hasForm, type DraftEnv } from './env.ts';

/** How the letters about a sexual-health visit are written (referrals.md §4, P-R8, C-R4, C-R9). */
export interface Privacy {
  /** triage `sexualHealthContext`: a CSE form, B12 = yes, or a sexual-health / sexual-assault reason. */
  readonly sexualHealthContext: boolean;
  /** triage `sharingAgreed`: E2.2 = agrees and, with a CSE form, its S16 = agrees. No answer: not agreed. */
  readonly sharingAgreed: boolean;
  /** The confidential sexual-health letter applies: under 18, level below DISCUSS (`privateSummary`). */
  readonly confidential: boolean;
  /** Leave out the sexual-health content. */
  readonly omitSexualHealth: boolean;
  /** The young person's answer, for the wording ("at their request" or "could not be asked"). */
  readonly view: 'agrees' | 'objects' | 'not-asked';
}

export const privacyOf = (env: DraftEnv): Privacy => {
  const t = env.triage;
  const reasons = env.context.attendance.reasons ?? [];
  const cse = hasForm(env, 'cse');
  const sexualHealthContext =
    env.isChild &&
    (cse ||
      isYes(t, 'sexualHealthOrAssault') ||
      reasons.includes('sexual-health') ||
      reasons.includes('sexual-assault'));
  const triageView = choice(t, 'youngPersonSharingView');
  const cseView = choice(env.cse, 'youngPersonSharingView');
  const sharingAgreed = triageView === 'agrees' && (!cse || cseView === 'agrees');
  const triageDetail = detailOf(env, 'paediatric-triage');
  const detail = record(triageDetail['routineSummaryPrivacy']);
  // SAFER READING: confidential when our reading, the triage's privacy detail or its GP-only
  // `routineSummaryTo` says so (the young person's confidentiality wins a disagreement).
  const gpOnly = strings(triageDetail['routineSummaryTo']).join() === 'gp' && sexualHealthContext;
  const confidential =
    (sexualHealthContext && !levelAtLeast(env.level, 'DISCUSS')) ||
    detail?.['notForOnlineView'] === true ||
    gpOnly;
  // SAFER READING: omit when either our reading or the triage's detail says so; at DISCUSS and above
  // too, unless agreed (the lead then decides what is shared, paediatric-triage.md P-R8).
  const omitSexualHealth = sexualHealthContext && (!sharingAgreed || detail?.['omitSexualHealth'] === true);
  const objects = triageView === 'objects' || cseView === 'objects';
  return {
    sexualHealthContext,
    sharingAgreed,
    confidential,
    omitSexualHealth,
    view: sharingAgreed ? 'agrees' : objects ? 'objects' : 'not-asked',
  };
};
