import { levelAtLeast } from '../model/levels.ts';
import { choice, isYes, text } from './answers.ts';
import { childLabel, type SubjectChild } from './children.ts';
import { has, type DraftEnv } from './env.ts';
import { orPlaceholder, PLACEHOLDER } from './format.ts';
import { ACCOMPANIED_BY, OWN_CHILDREN_WHERE, words } from './terms.ts';

/** §1 `referrer`: who writes, and their relationship to the child. */
export const referrerText = (env: DraftEnv): string => {
  const r = env.inputs.referrer;
  const site = env.inputs.site.name !== r.service ? ` (${env.inputs.site.name})` : '';
  return [
    `${orPlaceholder(r.name)}, ${orPlaceholder(r.role)}, ${orPlaceholder(r.service)}${site}.`,
    `Phone ${orPlaceholder(r.phone)}; secure email ${orPlaceholder(r.email)}.`,
    `I am the ${r.role || 'clinician'} who saw ${env.name} today.`,
  ].join(' ');
};

/** §1 `phoneCall`: required at REFER and EMERGENCY; the family call after FAMILY_CALLBACK. */
export const phoneCallText = (env: DraftEnv): string | undefined => {
  const lines: string[] = [];
  if (levelAtLeast(env.level, 'REFER')) {
    const { mash, emergencyDutyTeam } = env.inputs.directory;
    const numbers = [
      mash
        ? `the multi-agency safeguarding hub, ${mash.name}${mash.phone ? `, ${mash.phone}` : ''}`
        : undefined,
      emergencyDutyTeam
        ? `out of hours the emergency duty team, ${emergencyDutyTeam.name}${emergencyDutyTeam.phone ? `, ${emergencyDutyTeam.phone}` : ''}`
        : undefined,
    ].filter((x) => x !== undefined);
    const before = env.isChild ? `${env.name} leaves` : `${env.name} is discharged`;
    lines.push(
      `Who I spoke to${numbers.length ? ` (${numbers.join('; or ')})` : ''}, when, and the plan agreed before ${before}: ${PLACEHOLDER}`,
    );
  }
  if (has(env, 'FAMILY_CALLBACK'))
    lines.push(
      `The nurse in charge phoned the family: ${orPlaceholder(text(env.triage, 'familyCallOutcome'))}`,
    );
  return lines.length ? lines.join('\n') : undefined;
};

const companion = (env: DraftEnv): string | undefined => {
  const a3 = choice(env.triage, 'accompaniedBy');
  if (a3 === 'alone') return undefined;
  return text(env.triage, 'companionDetails') ?? words(ACCOMPANIED_BY, a3);
};

/** §1 `childNow`: where the child is now and with whom (T:A3, T:H4, H:H4). */
export const childNowText = (env: DraftEnv, children: readonly SubjectChild[]): string => {
  if (!env.isChild)
    return children.map((c) => `${childLabel(c)}: ${orPlaceholder(c.whereNow)}.`).join('\n') || PLACEHOLDER;
  const t = env.triage;
  const lines: string[] = [];
  if (isYes(t, 'leftBeforeCompletion'))
    lines.push(
      `${env.name} left before assessment or treatment was finished. Where ${env.name} is now, and with whom: ${PLACEHOLDER}`,
    );
  else {
    const who = companion(env);
    lines.push(
      `When I wrote this, ${env.name} was at ${env.inputs.site.name}${who ? ` with ${who}` : ', with no adult'}.`,
    );
  }
  const own = choice(t, 'ownChildrenWhereNow');
  if (own)
    lines.push(
      `${env.name}’s own child is ${words(OWN_CHILDREN_WHERE, own)}${text(t, 'ownChildrenCarer') ? `, looked after by ${text(t, 'ownChildrenCarer')}` : ''}.`,
    );
  return lines.join('\n');
};

/** §1 `safetyActions`, from the assessment's actions (the clinician edits). */
export const safetyActionsText = (env: DraftEnv, childWords: string): string => {
  const n = env.name;
  const lines: string[] = [];
  if (has(env, 'POLICE_999')) lines.push('We are calling the police on 999.');
  if (has(env, 'TRANSFER_ED_AMBULANCE'))
    lines.push(`We are sending ${n} to an emergency department by ambulance.`);
  if (levelAtLeast(env.level, 'REFER') && !isYes(env.triage, 'leftBeforeCompletion'))
    lines.push(
      env.isChild
        ? `${n} is staying here until we agree a plan with you.`
        : `We are not discharging ${n} until we agree a plan for ${childWords}.`,
    );
  if (has(env, 'PAEDS_CONSULTANT_REVIEW_SAME_DAY'))
    lines.push(`A children’s doctor will examine ${n} today.`);
  if (has(env, 'SARC_REFERRAL')) lines.push('We are contacting the sexual assault referral centre.');
  if (has(env, 'MENTAL_HEALTH_REVIEW')) lines.push(`${n} is having a specialist mental-health assessment.`);
  if (has(env, 'FAMILY_CALLBACK')) lines.push('The nurse in charge is phoning the family this shift.');
  if (has(env, 'INFORM_SAFEGUARDING_LEAD')) lines.push('We are telling our safeguarding lead.');
  return lines.join('\n') || PLACEHOLDER;
};
