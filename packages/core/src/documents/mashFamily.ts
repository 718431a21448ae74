import { choice, isYes, text } from './answers.ts';
import { childLabel, type SubjectChild } from './children.ts';
import { has, type DraftEnv } from './env.ts';
import { orPlaceholder, PLACEHOLDER } from './format.ts';

/** §1 `household` (T:D2, T:H1, T:H2; H:H1 rows and H2). */
export const householdText = (env: DraftEnv, children: readonly SubjectChild[]): string => {
  const lines: string[] = [];
  if (env.isChild) {
    const t = env.triage;
    const d2 = text(t, 'otherChildren');
    lines.push(`Other children in the household: ${orPlaceholder(d2)}.`);
    if (isYes(t, 'ownChildren'))
      lines.push(
        `${env.name} has a child of ${env.pronouns.possessive} own: ${orPlaceholder(text(t, 'ownChildrenDetails'))}.`,
      );
    if (isYes(t, 'pregnancy')) lines.push(`${env.name}, or ${env.pronouns.possessive} partner, is pregnant.`);
  } else {
    const living = children.filter((c) => c.livesWithPatient).map(childLabel);
    const elsewhere = children.filter((c) => !c.livesWithPatient).map(childLabel);
    if (living.length) lines.push(`Children who live with ${env.name}: ${living.join('; ')}.`);
    if (elsewhere.length)
      lines.push(`Children ${env.name} looks after or sees, who live elsewhere: ${elsewhere.join('; ')}.`);
    const h = env.hiddenHarm;
    if (isYes(h, 'pregnant')) {
      const who = choice(h, 'pregnantPerson') === 'partner' ? `${env.name}’s partner` : env.name;
      const weeks = typeof h?.['gestationWeeks'] === 'number' ? ` (${h['gestationWeeks']} weeks)` : '';
      lines.push(`${who} is pregnant${weeks}.`);
    }
  }
  // SAFER READING: no form records the adults at home, and the MASH needs them ("others in the household").
  lines.push(`Adults in the household: ${PLACEHOLDER}`);
  return lines.join('\n');
};

/** §1 `parentalResponsibility` (T:A4, T:A5); asked of the clinician for an adult's children. */
export const parentalResponsibilityText = (env: DraftEnv): string => {
  if (!env.isChild)
    return `Who holds parental responsibility for each child, and whether ${env.name} does: ${PLACEHOLDER}`;
  const t = env.triage;
  const lines = [`Parental responsibility: ${orPlaceholder(text(t, 'prHolders'))}.`];
  const details = text(t, 'companionDetails');
  const who = `The adult who came with ${env.name}${details ? ` (${details})` : ''}`;
  const a4 = choice(t, 'companionHasPr');
  if (a4 === 'yes') lines.push(`${who} has parental responsibility.`);
  if (a4 === 'no') lines.push(`${who} does not have parental responsibility.`);
  if (a4 === 'unknown') lines.push(`We do not know whether ${who} has parental responsibility.`);
  return lines.join(' ');
};

const sharingAnswer = (env: DraftEnv): { told: string | undefined; why: string | undefined } =>
  env.isChild
    ? { told: choice(env.triage, 'infoSharingExplained'), why: text(env.triage, 'infoSharingReason') }
    : {
        told: choice(env.hiddenHarm, 'infoSharingExplained'),
        why: text(env.hiddenHarm, 'infoSharingNotExplainedReason'),
      };

/**
 * §1 `familyAwareness` (T:E2, H:H13). SAFER READING: E2 / H13 record that information sharing was
 * explained, not that the family knows of this referral, so the clinician states that.
 */
export const familyAwarenessText = (env: DraftEnv): string => {
  const { told, why } = sharingAnswer(env);
  const family = env.isChild ? 'the family' : env.name;
  const knows = env.isChild ? 'they know' : `${env.name} knows`;
  if (told === 'yes')
    return `I explained to ${family} how we share information to keep children safe. Whether ${knows} about this referral, and if not why not: ${PLACEHOLDER}`;
  if (told === 'no') return `I have not told ${family} about this referral, because: ${orPlaceholder(why)}`;
  return `Whether ${family} knows about this referral, and if not why not: ${PLACEHOLDER}`;
};

/** §1 `legalBasis`: fixed text and whether the sharing is without consent (T:E2, H:H13). */
export const legalBasisText = (env: DraftEnv, who: string): string => {
  const { told, why } = sharingAnswer(env);
  const family = env.isChild ? 'the family' : env.name;
  const base = `I am sharing this information to protect ${who} from harm. Sharing without consent is lawful where asking for consent would increase the risk or cause delay (UK General Data Protection Regulation and Data Protection Act 2018; government advice on information sharing).`;
  if (told === 'yes') return `${base} I explained to ${family} how information is shared.`;
  return `${base} I am sharing this without ${family}’s agreement, because: ${orPlaceholder(why)}`;
};

/** §1 `professionals` (T:A6, T:A8, T:E3, H:H10); the MARAC referral named (§2). */
export const professionalsText = (env: DraftEnv, children: readonly SubjectChild[]): string => {
  const t = env.triage;
  const lines: string[] = [];
  if (env.isChild) {
    const a6 = choice(t, 'gpRegistered');
    const gp = text(t, 'gpPractice') ?? env.inputs.directory.gpPractice?.name;
    if (a6 === 'yes') lines.push(`GP: ${orPlaceholder(gp)}.`);
    if (a6 === 'no') lines.push(`${env.name} is not registered with a GP.`);
    if (a6 === 'unknown') lines.push(`We do not know whether ${env.name} is registered with a GP.`);
    if (text(t, 'namedHvOrSn')) lines.push(`Health visitor or school nurse: ${text(t, 'namedHvOrSn')}.`);
    if (text(t, 'schoolOrNursery')) lines.push(`School or nursery: ${text(t, 'schoolOrNursery')}.`);
    if (text(t, 'socialWorkerContact')) lines.push(`Social worker: ${text(t, 'socialWorkerContact')}.`);
  } else {
    if (text(env.hiddenHarm, 'professionalsInvolved'))
      lines.push(`Already involved: ${text(env.hiddenHarm, 'professionalsInvolved')}.`);
    for (const c of children.filter((x) => x.gp)) lines.push(`${childLabel(c)}: GP ${c.gp}.`);
  }
  const lead = text(t, 'discussedWith');
  if (lead) lines.push(`Safeguarding lead consulted: ${lead}.`);
  else if (has(env, 'INFORM_SAFEGUARDING_LEAD')) lines.push(`Our safeguarding lead: ${PLACEHOLDER}`);
  if (has(env, 'MARAC_REFERRAL'))
    lines.push(
      `We are also referring ${env.name} to the multi-agency risk assessment conference about the domestic abuse; that referral names this one.`,
    );
  return lines.join('\n') || PLACEHOLDER;
};
