import { choice, isYes, text } from './answers.ts';
import { childLabel, subjectChildren } from './children.ts';
import { assemble, fieldsOf } from './draft.ts';
import { detailOf, has, type DraftEnv } from './env.ts';
import { birthDate, orPlaceholder, PLACEHOLDER } from './format.ts';
import { requiredSensitivity } from './sensitivity.ts';
import { OWN_CHILDREN_WHERE, words } from './terms.ts';
import { dashDone, dashText, routeText } from './maracDash.ts';
import type { DocumentDraft } from './types.ts';

const field = fieldsOf('marac-referral');

const victimText = (env: DraftEnv): string => {
  const p = env.inputs.patient;
  const safe = env.isChild ? undefined : text(env.hiddenHarm, 'safeContactDetails');
  return [
    `${orPlaceholder(p.fullName)}. Born ${birthDate(env.context.patient.dateOfBirth)}, aged ${env.age}.`,
    `Address: ${orPlaceholder(p.address)}.`,
    `Safe ways to contact ${env.name}, and when it is safe to call: ${orPlaceholder(safe)}`,
    `Do not contact ${env.name} in any other way.`,
  ].join('\n');
};

const childrenText = (env: DraftEnv): string => {
  const lines: string[] = [];
  if (env.isChild) {
    const t = env.triage;
    if (isYes(t, 'ownChildren')) {
      const where = words(OWN_CHILDREN_WHERE, choice(t, 'ownChildrenWhereNow'));
      lines.push(
        `${env.name}’s own child: ${orPlaceholder(text(t, 'ownChildrenDetails'))}. Now ${where ?? PLACEHOLDER}.`,
      );
    }
    if (isYes(t, 'pregnancy')) lines.push(`${env.name}, or ${env.pronouns.possessive} partner, is pregnant.`);
    if (choice(t, 'ownChildren') === 'no' && choice(t, 'pregnancy') === 'no')
      lines.push('No children and no pregnancy.');
  } else {
    for (const c of subjectChildren(env))
      lines.push(
        `${childLabel(c)}.${c.school ? ` School or nursery: ${c.school}.` : ''} Now: ${orPlaceholder(c.whereNow)}.`,
      );
    const h = env.hiddenHarm;
    if (isYes(h, 'pregnant'))
      lines.push(
        choice(h, 'pregnantPerson') === 'partner'
          ? `${env.name}’s partner is pregnant.`
          : `${env.name} is pregnant.`,
      );
    if (lines.length === 0 && choice(h, 'childrenUnder18') === 'no' && choice(h, 'pregnant') === 'no')
      lines.push(`No children live with, or are looked after by, ${env.name}, and there is no pregnancy.`);
  }
  return lines.join('\n');
};

const victimAwareText = (env: DraftEnv): string => {
  const aware = env.isChild ? undefined : choice(env.hiddenHarm, 'maracVictimAware');
  if (aware === 'yes') return `${env.name} knows about this referral.`;
  if (aware === 'no') return `${env.name} does not know about this referral, because: ${PLACEHOLDER}`;
  return `Whether ${env.name} knows about this referral, and if not why not: ${PLACEHOLDER}`;
};

/** §2 `otherReferrals`: IDVA or domestic-abuse service, and the MASH referral with its reference. */
const otherReferralsText = (env: DraftEnv): string => {
  const lines: string[] = [];
  if (has(env, 'IDVA_OR_DA_SERVICE'))
    lines.push(
      `An independent domestic violence adviser or domestic abuse service was offered in private. Whether ${env.name} accepted: ${PLACEHOLDER}`,
    );
  if (has(env, 'MASH_REFERRAL'))
    lines.push(
      `Children’s social care (the multi-agency safeguarding hub): a referral is made at the same time; its reference: ${PLACEHOLDER}`,
    );
  if (has(env, 'MATERNITY_SAFEGUARDING_NOTIFY'))
    lines.push('The maternity safeguarding team is being told about the pregnancy.');
  if (has(env, 'ADULT_SAFEGUARDING_CONSIDER'))
    lines.push('An adult safeguarding concern is being considered.');
  return lines.length ? lines.join('\n') : 'No other referral has been made.';
};

/** referrals.md §2: the MARAC referral (hidden harm A-R6, or triage P-R10 (e) at 16–17). */
export const draftMaracReferral = (env: DraftEnv): DocumentDraft => {
  const coordinator = env.inputs.directory.maracCoordinator;
  return assemble({
    id: 'marac-referral',
    kind: 'marac-referral',
    title: `Referral to MARAC: ${env.fullName}, aged ${env.age}`,
    recipients: [
      {
        role: 'marac-coordinator',
        name: orPlaceholder(coordinator?.name),
        ...(coordinator?.email ? { email: coordinator.email } : {}),
      },
    ],
    sensitivityReasons: requiredSensitivity(env, 'marac-referral'),
    addressedTo: 'MARAC',
    fields: [
      field(
        'localForm',
        coordinator
          ? `Copy these details onto the local MARAC referral form of ${coordinator.name}.`
          : `The local MARAC referral form, and where to send it: ${PLACEHOLDER}`,
        true,
      ),
      field('victim', victimText(env), true),
      field('dash', dashText(env), 'when-present'),
      field(
        'dashScore',
        typeof detailOf(env, 'hidden-harm')['dashScore'] === 'number'
          ? `${String(detailOf(env, 'hidden-harm')['dashScore'])} of the 24 scored questions were answered “yes”.`
          : undefined,
        dashDone(env),
      ),
      field('referralRoute', routeText(env), true),
      field('children', childrenText(env), true),
      field('victimAware', victimAwareText(env), true),
      field('otherReferrals', otherReferralsText(env), true),
    ],
  });
};
