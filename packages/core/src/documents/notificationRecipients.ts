import { choice, text } from './answers.ts';
import type { DraftEnv } from './env.ts';
import { orPlaceholder } from './format.ts';
import type { DirectoryContact, Recipient, RecipientRole } from './types.ts';

const toRecipient = (
  role: RecipientRole,
  contact: DirectoryContact | undefined,
  fallback?: string,
): Recipient => ({
  role,
  name: orPlaceholder(contact?.name ?? fallback),
  ...(contact?.phone ? { phone: contact.phone } : {}),
  ...(contact?.email ? { email: contact.email } : {}),
});

/** The child's GP (T:A6), unless triage A6 says there is none. */
export const gpRecipient = (env: DraftEnv): Recipient | undefined =>
  choice(env.triage, 'gpRegistered') === 'no'
    ? undefined
    : toRecipient('gp', env.inputs.directory.gpPractice, text(env.triage, 'gpPractice'));

/** Health visitor under `healthVisitorUnderYears` (default 5), school nurse 5–17 (referrals.md §4). */
export const hvOrSnRecipient = (env: DraftEnv, ageYears: number, named?: string): Recipient | undefined => {
  if (ageYears >= 18) return undefined;
  return ageYears < env.config.healthVisitorUnderYears
    ? toRecipient('health-visitor', env.inputs.directory.healthVisiting, named)
    : toRecipient('school-nurse', env.inputs.directory.schoolNursing, named);
};

/** A GP named on a form row (hidden-harm H1a.7), the directory's contact when it has none. */
export const rowGpRecipient = (env: DraftEnv, gp: string | undefined): Recipient =>
  gp ? { role: 'gp', name: gp } : toRecipient('gp', env.inputs.directory.gpPractice);

/** §4 `recipients` as text, saying so when there is no GP (P-R9). */
export const recipientsText = (
  env: DraftEnv,
  recipients: readonly Recipient[],
  aboutPatient: boolean,
): string => {
  const lines = [recipients.map((r) => r.name).join('; ') + '.'];
  if (aboutPatient && env.isChild) {
    const a6 = choice(env.triage, 'gpRegistered');
    if (a6 === 'no')
      lines.push(`${env.name} is not registered with a GP, so there is no GP to copy this to.`);
    if (a6 === 'unknown') lines.push(`We do not know whether ${env.name} is registered with a GP.`);
  }
  return lines.join(' ');
};
