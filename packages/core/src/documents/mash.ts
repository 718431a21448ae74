import { levelAtLeast } from '../model/levels.ts';
import { PROFORMA_IDS } from '../model/proforma.ts';
import { choice, list, text } from './answers.ts';
import { categoriesText, concernCategories } from './categories.ts';
import { childLabel, subjectChildren, type SubjectChild } from './children.ts';
import { assemble, fieldsOf } from './draft.ts';
import { detailOf, has, hasForm, type DraftEnv } from './env.ts';
import { capitalise, joinWords, orPlaceholder, PLACEHOLDER } from './format.ts';
import { childNowText, phoneCallText, referrerText, safetyActionsText } from './mashAbout.ts';
import { childrenSocialCareText, childrenText, childText, socialCareText } from './mashChild.ts';
import { explanationText, whatWasHeardText, whatWasSeenText } from './mashConcern.ts';
import {
  familyAwarenessText,
  householdText,
  legalBasisText,
  parentalResponsibilityText,
  professionalsText,
} from './mashFamily.ts';
import { carersViewsText, childrenVoiceText, childsVoiceText, riskText } from './mashVoice.ts';
import { requiredSensitivity } from './sensitivity.ts';
import { mashRequests } from './requests.ts';
import { timelineText } from './timeline.ts';
import { FORM_NAMES } from './termsAdult.ts';
import type { DocumentDraft, Recipient } from './types.ts';

const field = fieldsOf('mash-referral');

/** Who the referral is about, in running text: the child, or an adult's children by name. */
const aboutWords = (env: DraftEnv, children: readonly SubjectChild[]): string => {
  if (env.isChild) return env.name;
  const names = children.map((c) => c.name ?? 'a child whose name is not recorded');
  return names.length ? joinWords(names) : `the children of ${env.name}`;
};

/** The referral goes to the allocated social worker when there is one (§1), the MASH copied. */
const recipientsOf = (env: DraftEnv): Recipient[] => {
  const mash = env.inputs.directory.mash;
  const mashRecipient: Recipient = { role: 'mash', name: orPlaceholder(mash?.name), ...contact(mash) };
  if (env.isChild && choice(env.triage, 'cinOrSocialWorker') === 'yes')
    // SAFER READING: to the allocated social worker, with the MASH copied so the referral is logged.
    return [
      { role: 'social-worker', name: orPlaceholder(text(env.triage, 'socialWorkerContact')) },
      mashRecipient,
    ];
  return [mashRecipient];
};

const contact = (c: { phone?: string; email?: string } | undefined): { phone?: string; email?: string } => ({
  ...(c?.phone ? { phone: c.phone } : {}),
  ...(c?.email ? { email: c.email } : {}),
});

const attachmentsText = (env: DraftEnv): string => {
  const items = PROFORMA_IDS.filter((id) => hasForm(env, id)).map((id) => FORM_NAMES[id] ?? id);
  if (list(env.triage, 'injuryTypes').length) items.push('a body map');
  if (typeof detailOf(env, 'hidden-harm')['dashScore'] === 'number')
    items.push('the completed domestic abuse, stalking and harassment risk checklist');
  return items.length ? `${capitalise(joinWords(items))}.` : PLACEHOLDER;
};

/** referrals.md §1: the MASH / children's social care referral, one per family. */
export const draftMashReferral = (env: DraftEnv): DocumentDraft => {
  const children = env.isChild ? [] : subjectChildren(env);
  const who = aboutWords(env, children);
  const categories = concernCategories(env);
  const r = env.inputs.referrer;
  const title = env.isChild
    ? `Referral to children’s social care: ${env.fullName}, aged ${env.age}`
    : `Referral to children’s social care: ${children.length ? children.map(childLabel).join('; ') : who}`;
  return assemble({
    id: 'mash-referral',
    kind: 'mash-referral',
    title,
    recipients: recipientsOf(env),
    sensitivityReasons: requiredSensitivity(env, 'mash-referral'),
    addressedTo: 'MASH',
    fields: [
      field('referrer', referrerText(env), true),
      field('phoneCall', phoneCallText(env), 'when-present'),
      field('childNow', childNowText(env, children), true),
      field('safetyActions', safetyActionsText(env, who), true),
      field('child', env.isChild ? childText(env) : childrenText(children), true),
      field('household', householdText(env, children), true),
      field('parentalResponsibility', parentalResponsibilityText(env), true),
      field('socialCareStatus', env.isChild ? socialCareText(env) : childrenSocialCareText(children), true),
      field('concernCategories', categoriesText(categories), true),
      field('whatWasSeen', whatWasSeenText(env), 'when-present'),
      field('whatWasHeard', whatWasHeardText(env), 'when-present'),
      field('timeline', timelineText(env, categories), true),
      field('explanation', explanationText(env), 'when-present'),
      field('riskToChild', riskText(env, who), true),
      field('strengths', undefined, true),
      field('childsVoice', env.isChild ? childsVoiceText(env) : childrenVoiceText(children), true),
      field('carersViews', carersViewsText(env), true),
      field('familyAwareness', familyAwarenessText(env), true),
      field('professionals', professionalsText(env, children), true),
      field('request', mashRequests(env, who).join('\n'), true),
      field(
        'followUp',
        `${orPlaceholder(r.name)} will follow up by phone on ${orPlaceholder(r.phone)}. The reply I expect, and by when: ${PLACEHOLDER}`,
        true,
      ),
      field('legalBasis', legalBasisText(env, who), true),
      field('attachments', attachmentsText(env), true),
    ],
  });
};

/** §1: made on MASH_REFERRAL, or when the lead decides to refer after CONSIDER_MASH or DISCUSS. */
export const mashDue = (env: DraftEnv): boolean =>
  has(env, 'MASH_REFERRAL') ||
  (env.input.leadDecidedToRefer === true &&
    (has(env, 'CONSIDER_MASH') || levelAtLeast(env.level, 'DISCUSS')));
