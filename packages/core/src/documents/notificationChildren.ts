import { list, text } from './answers.ts';
import { childLabel, subjectChildren, type SubjectChild } from './children.ts';
import { assemble, fieldsOf } from './draft.ts';
import type { DraftEnv } from './env.ts';
import {
  birthDate,
  DEPARTMENT_WORDS,
  joinWords,
  nhsNumberWords,
  orPlaceholder,
  sentence,
  timeAndDate,
} from './format.ts';
import { domesticAbuseChannelLines, sharingText } from './notificationCommon.ts';
import { actionTakenText } from './notificationParts.ts';
import { hvOrSnRecipient, recipientsText, rowGpRecipient } from './notificationRecipients.ts';
import { privacyOf } from './privacy.ts';
import { notificationRequests } from './requests.ts';
import { requiredSensitivity } from './sensitivity.ts';
import { CPIS, words } from './terms.ts';
import { PRESENTING_REASONS } from './termsAdult.ts';
import type { DocumentDraft, Recipient } from './types.ts';

const field = fieldsOf('notification');

const relation = (c: SubjectChild): string =>
  c.source === 'hidden-harm'
    ? `who lives with or looks after ${c.name ?? 'the child'}`
    : c.source === 'hidden-harm-elsewhere'
      ? `who sees ${c.name ?? 'the child'} without another adult there, or overnight`
      : `a member of ${c.name ?? 'the child'}’s family`;

const visit = (env: DraftEnv, c: SubjectChild): string => {
  const site = env.inputs.site;
  return `This letter is about ${c.name ?? 'a child'}. ${env.fullName}, ${relation(c)}, was seen at ${site.name} (${DEPARTMENT_WORDS[site.departmentType]}) at ${timeAndDate(env.arrivedAt)}.`;
};

const clinical = (env: DraftEnv, c: SubjectChild): string => {
  const reasons = list(env.hiddenHarm, 'presentingReasons');
  const why = reasons.length
    ? `${env.name} came to us because of ${joinWords(reasons.map((r) => PRESENTING_REASONS[r] ?? r))}.`
    : `${env.name} was seen at this visit.`;
  return `${c.name ?? 'The child'} was not seen or treated by us. ${why}`;
};

const checks = (c: SubjectChild): string =>
  c.cpisStatus === undefined
    ? `The national child protection information system was not checked for ${c.name ?? 'the child'} at this visit.`
    : c.cpisStatus === 'not-available'
      ? `The national child protection information system could not be checked for ${c.name ?? 'the child'}.`
      : `The national child protection information system or local record ${words(CPIS, c.cpisStatus)}.`;

const concern = (env: DraftEnv, c: SubjectChild): string => {
  const summary = c.source === 'fgm' ? undefined : text(env.hiddenHarm, 'concernSummary');
  const reasons = env.forms[c.source === 'fgm' ? 'fgm' : 'hidden-harm']?.reasons ?? [];
  return summary ?? (reasons.length ? reasons.map(sentence).join('\n') : orPlaceholder(undefined));
};

const childLetter = (env: DraftEnv, c: SubjectChild): DocumentDraft => {
  const hvSn =
    c.ageYears === undefined
      ? { role: 'school-nurse' as const, name: orPlaceholder(undefined) }
      : hvOrSnRecipient(env, c.ageYears);
  const recipients = [rowGpRecipient(env, c.gp), hvSn].filter((r): r is Recipient => r !== undefined);
  const here = c.whereNow?.startsWith('here with us') === true;
  return assemble({
    id: `notification-child-${c.key}`,
    kind: 'notification',
    title: `To ${recipients.map((r) => r.name).join('; ')}. ${childLabel(c)}`,
    recipients,
    sensitivityReasons: requiredSensitivity(env, 'notification'),
    fields: [
      field('recipients', recipientsText(env, recipients, false), true),
      field(
        'child',
        `${orPlaceholder(c.name)}, born ${c.dateOfBirth ? birthDate(c.dateOfBirth) : orPlaceholder(undefined)}${c.age ? `, aged ${c.age}` : ''}. NHS number ${c.nhsNumber ? nhsNumberWords(c.nhsNumber) : orPlaceholder(undefined)}. Address: ${orPlaceholder(c.address)}.`,
        true,
      ),
      field('visit', visit(env, c), true),
      field(
        'accompaniedBy',
        here
          ? `${c.name ?? 'The child'} was here with ${env.name}.`
          : `${c.name ?? 'The child'} was not at this visit.`,
        true,
      ),
      field('clinical', clinical(env, c), true),
      field('checksDone', checks(c), true),
      field('concern', concern(env, c), true),
      field('actionTaken', actionTakenText(env, privacyOf(env), c.name ?? 'the child'), true),
      field(
        'request',
        [...notificationRequests(env, { aboutPatient: false }), ...domesticAbuseChannelLines(env)].join('\n'),
        true,
      ),
      field('sharingExplained', sharingText(env, env.name), true),
    ],
  });
};

/**
 * referrals.md §4 for hidden harm (and an adult's FGM form): each child's GP and health visitor or
 * school nurse get their own letter, when that form asked for the health visitor or school nurse.
 */
export const draftChildrenNotifications = (env: DraftEnv): DocumentDraft[] => {
  if (env.isChild) return [];
  const actionsOf = (c: SubjectChild) => env.forms[c.source === 'fgm' ? 'fgm' : 'hidden-harm']?.actions ?? [];
  return subjectChildren(env)
    .filter((c) => {
      const acts = actionsOf(c);
      if (c.ageYears === undefined) return acts.includes('NOTIFY_HV') || acts.includes('NOTIFY_SN');
      return acts.includes(c.ageYears < env.config.healthVisitorUnderYears ? 'NOTIFY_HV' : 'NOTIFY_SN');
    })
    .map((c) => childLetter(env, c));
};
