import { choice, text } from './answers.ts';
import { subjectChildren, type SubjectChild } from './children.ts';
import { assemble, fieldsOf } from './draft.ts';
import { has, type DraftEnv } from './env.ts';
import { joinWords, orPlaceholder } from './format.ts';
import {
  adultChecksText,
  adultClinicalText,
  adultConcernLines,
  domesticAbuseChannelLines,
  identityText,
  sharingText,
  visitText,
} from './notificationCommon.ts';
import { actionTakenText, checksText, clinicalText, concernText } from './notificationParts.ts';
import { gpRecipient, hvOrSnRecipient, recipientsText } from './notificationRecipients.ts';
import { privacyOf, type Privacy } from './privacy.ts';
import { notificationRequests } from './requests.ts';
import { requiredSensitivity } from './sensitivity.ts';
import { ACCOMPANIED_BY, words } from './terms.ts';
import type { DocumentDraft, Recipient } from './types.ts';

const field = fieldsOf('notification');

const childrenWords = (children: readonly SubjectChild[]): string =>
  children.length ? joinWords(children.map((c) => c.name ?? 'a child')) : 'the children';

const accompaniedText = (env: DraftEnv): string | undefined => {
  const a3 = choice(env.triage, 'accompaniedBy');
  if (a3 === undefined) return undefined;
  if (a3 === 'alone') return `${env.name} came alone.`;
  const details = text(env.triage, 'companionDetails');
  return `${env.name} came with ${words(ACCOMPANIED_BY, a3)}${details ? ` (${details})` : ''}.`;
};

/** The young person's view on what the letter tells the GP, without naming sexual health if omitted. */
const viewText = (env: DraftEnv, privacy: Privacy, omit: boolean): string | undefined => {
  if (!privacy.sexualHealthContext) return undefined;
  if (!omit) return `${env.name} agreed that this letter may mention the sexual-health part of the visit.`;
  return privacy.view === 'objects'
    ? `${env.name} asked that the details of this visit stay confidential.`
    : `We could not ask ${env.name} whether the details of this visit could be shared.`;
};

interface LetterOptions {
  id: string;
  recipients: Recipient[];
  omit: boolean;
  confidential: boolean;
  /** A health-visitor or school-nurse letter after a confidential visit: its own purpose only. */
  purposeOnly?: boolean;
}

const patientLetter = (env: DraftEnv, privacy: Privacy, o: LetterOptions): DocumentDraft => {
  const children = env.isChild ? [] : subjectChildren(env);
  const family = env.isChild ? 'the family' : env.name;
  const request = [...notificationRequests(env, { aboutPatient: true }), ...domesticAbuseChannelLines(env)];
  const concern = o.purposeOnly
    ? 'I found no safeguarding concern beyond what I ask below.'
    : env.isChild
      ? concernText(env, privacy, o.omit)
      : [...adultConcernLines(env, children), concernText(env, privacy, false)].join('\n');
  return assemble({
    id: o.id,
    kind: 'notification',
    title: `To ${o.recipients.map((r) => r.name).join('; ')}. ${env.fullName}, aged ${env.age}`,
    recipients: o.recipients,
    sensitivityReasons: requiredSensitivity(env, 'notification', { confidential: o.confidential }),
    fields: [
      field('recipients', recipientsText(env, o.recipients, true), true),
      field('child', identityText(env), true),
      field('visit', visitText(env), true),
      field('accompaniedBy', env.isChild ? orPlaceholder(accompaniedText(env)) : undefined, env.isChild),
      field(
        'clinical',
        o.purposeOnly
          ? `${env.name} was seen and treated.`
          : env.isChild
            ? clinicalText(env, privacy, o.omit)
            : adultClinicalText(env),
        true,
      ),
      field('checksDone', env.isChild ? checksText(env) : adultChecksText(children), true),
      field('concern', concern, true),
      field(
        'actionTaken',
        actionTakenText(
          env,
          { ...privacy, omitSexualHealth: o.omit },
          env.isChild ? env.name : childrenWords(children),
        ),
        true,
      ),
      field('request', request.join('\n'), true),
      field(
        'sharingExplained',
        [sharingText(env, family), o.purposeOnly ? undefined : viewText(env, privacy, o.omit)]
          .filter(Boolean)
          .join(' '),
        true,
      ),
    ],
  });
};

export const notificationDue = (env: DraftEnv): boolean =>
  has(env, 'NOTIFY_GP') || has(env, 'NOTIFY_HV') || has(env, 'NOTIFY_SN') || has(env, 'ROUTINE_SUMMARY');

/**
 * referrals.md §4: the letter about the patient. A confidential sexual-health letter goes to the GP
 * only; a NOTIFY_HV / NOTIFY_SN from another rule then gets its own letter, never with that content.
 */
export const draftPatientNotifications = (env: DraftEnv): DocumentDraft[] => {
  if (!notificationDue(env)) return [];
  const privacy = privacyOf(env);
  const gp = env.isChild ? gpRecipient(env) : gpRecipient({ ...env, triage: undefined });
  const named = text(env.triage, 'namedHvOrSn');
  const hvSn = env.isChild ? hvOrSnRecipient(env, env.ageYears, named) : undefined;
  if (!privacy.confidential) {
    const recipients = [gp, hvSn].filter((r): r is Recipient => r !== undefined);
    return [
      patientLetter(env, privacy, {
        id: 'notification-patient',
        recipients,
        omit: privacy.omitSexualHealth,
        confidential: false,
      }),
    ];
  }
  const letters: DocumentDraft[] = [];
  if (gp)
    letters.push(
      patientLetter(env, privacy, {
        id: 'notification-patient',
        recipients: [gp],
        omit: privacy.omitSexualHealth,
        confidential: true,
      }),
    );
  if (hvSn && (has(env, 'NOTIFY_HV') || has(env, 'NOTIFY_SN')))
    letters.push(
      patientLetter(env, privacy, {
        id: `notification-patient-${hvSn.role}`,
        recipients: [hvSn],
        omit: true,
        confidential: true,
        purposeOnly: true,
      }),
    );
  return letters;
};
