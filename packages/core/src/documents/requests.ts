import { levelAtLeast } from '../model/levels.ts';
import { choice, isYes, text } from './answers.ts';
import { fired, firedAny, has, type DraftEnv } from './env.ts';
import { orPlaceholder, PLACEHOLDER, sentence } from './format.ts';

const leftEarly = (env: DraftEnv): boolean => isYes(env.triage, 'leftBeforeCompletion');

/**
 * referrals.md §1 "Requests from actions", one request per line (§5 rule 7). For an adult's
 * encounter the request is about the children.
 */
export const mashRequests = (env: DraftEnv, children: string): string[] => {
  const who = env.isChild ? env.name : children;
  const lines: string[] = [];
  if (levelAtLeast(env.level, 'REFER')) {
    if (!env.isChild)
      lines.push(
        `A decision with us now on the safety of ${children}; we will not discharge ${env.name} until we agree a plan for the children.`,
      );
    else if (leftEarly(env))
      lines.push(`A decision with us now on how to keep ${env.name} safe: ${env.name} has already left.`);
    else
      lines.push(
        `A decision with us now on whether ${env.name} can safely go home; ${env.name} stays here until we agree a plan.`,
      );
  }
  if (has(env, 'MASH_REFERRAL') || lines.length === 0)
    lines.push(`An assessment of ${possessive(who)} safety.`);
  if (has(env, 'POLICE_NOTIFY') || has(env, 'POLICE_999'))
    lines.push('A strategy discussion with the police.');
  if (has(env, 'PAEDS_CONSULTANT_REVIEW_SAME_DAY'))
    lines.push(`A children’s doctor will examine ${who} today. When and where: ${PLACEHOLDER}`);
  const r = env.inputs.referrer;
  lines.push(
    levelAtLeast(env.level, 'REFER')
      ? `Please call me now on ${orPlaceholder(r.phone)}.`
      : `Please reply to me on ${orPlaceholder(r.phone)} or ${orPlaceholder(r.email)}, by: ${PLACEHOLDER}`,
  );
  return lines;
};

const possessive = (name: string): string => (name.endsWith('s') ? `${name}’` : `${name}’s`);

/** P-R11 (b): the left-before-completion request, with the family call (B14.2–B14.4). */
const leftRequest = (env: DraftEnv): string => {
  const n = env.name;
  const call = text(env.triage, 'familyCallOutcome');
  const lines = [
    `${n} left before assessment or treatment was finished, at ${PLACEHOLDER}.`,
    call ? `We phoned the family (${call}).` : `We phoned the family (${PLACEHOLDER}).`,
  ];
  if (isYes(env.triage, 'leftWithUrgentNeed'))
    lines.push(`${n} still needed urgent care when ${env.pronouns.subject} left: ${PLACEHOLDER}`);
  lines.push(
    `Please check that ${n} is safe and has been seen, and tell us or the safeguarding lead if you cannot reach the family.`,
  );
  return lines.join(' ');
};

/**
 * referrals.md §4 "Requests from rules" (P-R9, P-R11 b, P-R12; P-R13 has none: `checksDone` says
 * it), the pattern of visits and the FGM indicator. None: "for information, no action needed".
 */
export const notificationRequests = (env: DraftEnv, options: { aboutPatient: boolean }): string[] => {
  const lines: string[] = [];
  const n = env.name;
  if (options.aboutPatient && env.isChild) {
    if (fired(env, 'P-R9') || choice(env.triage, 'gpRegistered') === 'no')
      lines.push('Please help the family register with a GP.');
    if (fired(env, 'P-R11') && leftEarly(env)) lines.push(leftRequest(env));
    if (fired(env, 'P-R12') || isYes(env.triage, 'notInEducation'))
      lines.push(
        `${n} is of school age and is not on a school roll or known to be home-educated: please tell the local authority’s children-missing-education team.`,
      );
    if (fired(env, 'FA-U'))
      lines.push(
        `Please review ${possessive(n)} visits to urgent care: we could not check the attendance history.`,
      );
    else if (firedAny(env, ['FA1', 'FA2', 'FA3', 'FA-P']))
      lines.push(
        `Please review the pattern of ${possessive(n)} visits to urgent care (see the checks above).`,
      );
  }
  if (has(env, 'FGM_IS_ADD_INDICATOR'))
    lines.push(
      'Please follow up the family-history indicator for female genital mutilation that we are adding to the national information system.',
    );
  if (lines.length > 0) return lines.map(sentence);
  // SAFER READING: at DISCUSS and above the clinician states the task; "for information" is not assumed.
  return levelAtLeast(env.level, 'DISCUSS')
    ? [`The task I am asking you to do: ${PLACEHOLDER}`]
    : ['For information, no action needed.'];
};
