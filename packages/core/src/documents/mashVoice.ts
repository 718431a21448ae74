import { choice, list, text } from './answers.ts';
import type { SubjectChild } from './children.ts';
import type { DraftEnv } from './env.ts';
import { joinWords, PLACEHOLDER, quoted, sentence } from './format.ts';
import { DEMEANOUR, NO_ACCOUNT_REASON, words } from './terms.ts';

/** Every reason of every form of the encounter, once each, in form order. */
export const encounterReasons = (env: DraftEnv): string[] => [
  ...new Set(Object.values(env.forms).flatMap((form) => form.reasons)),
];

/**
 * §1 `riskToChild`: prefilled with the facts (the assessment's reasons). SAFER READING: the harm
 * that could happen and how soon is the clinician's judgement (§5 rule 6), so it stays to write.
 */
export const riskText = (env: DraftEnv, who: string): string => {
  const reasons = encounterReasons(env);
  const lines = [
    reasons.length ? 'The facts that worry me:' : `The facts that worry me: ${PLACEHOLDER}`,
    ...reasons.map(sentence),
    `What could happen to ${who}, and how soon: ${PLACEHOLDER}`,
  ];
  const others = env.isChild ? text(env.triage, 'otherChildren') : undefined;
  if (others) lines.push(`Other children who may also be at risk: ${sentence(others)}`);
  return lines.join('\n');
};

/** §1 `childsVoice` for a child patient (T:C1, C1.1, C2, C2.1, C2.2, C3). */
export const childsVoiceText = (env: DraftEnv): string => {
  const t = env.triage;
  const n = env.name;
  const p = env.pronouns;
  const lines: string[] = [];
  const c2 = choice(t, 'childAccountTaken');
  if (c2 === 'yes') {
    const account = text(t, 'childAccount');
    lines.push(`${n} said, in ${p.possessive} own words: ${account ? quoted(account) : PLACEHOLDER}`);
    lines.push(`Who asked, what was asked and who else was present: ${PLACEHOLDER}`);
    lines.push(`${n}’s wishes and feelings: ${PLACEHOLDER}`);
  } else if (c2 === 'no') {
    const reason = words(NO_ACCOUNT_REASON, choice(t, 'noAccountReason'));
    lines.push(`${n} could not give an account in ${p.possessive} own words: ${n} ${reason ?? PLACEHOLDER}.`);
  } else lines.push(`${n}’s own words, or why they could not be recorded: ${PLACEHOLDER}`);
  const demeanour = list(t, 'demeanour');
  if (demeanour.length)
    lines.push(`${n} seemed ${joinWords(demeanour.map((d) => words(DEMEANOUR, d) ?? d))}.`);
  const notes = text(t, 'demeanourNotes');
  if (notes) lines.push(sentence(notes));
  const alone = choice(t, 'seenAlone');
  if (alone === 'yes') lines.push(`I saw ${n} on ${p.possessive} own.`);
  if (alone === 'no') lines.push(`I did not see ${n} on ${p.possessive} own.`);
  if (alone === 'not-appropriate')
    lines.push(`Seeing ${n} alone was not right for ${p.possessive} age or development.`);
  return lines.join('\n');
};

/** §1 `childsVoice` for an adult's children: not seen at this visit, or seen here. */
export const childrenVoiceText = (children: readonly SubjectChild[]): string =>
  children
    .map((c) =>
      c.whereNow?.startsWith('here with us')
        ? `${c.name ?? 'A child'} was here with us. Their own words, or why they could not be heard: ${PLACEHOLDER}`
        : `${c.name ?? 'A child'} was not at this visit, so I could not hear their views.`,
    )
    .join('\n') || `The children’s own words, or why they could not be heard: ${PLACEHOLDER}`;

/** §1 `carersViews`: ask; for an adult, their own words on who will care for the children (H11). */
export const carersViewsText = (env: DraftEnv): string => {
  const plan = env.isChild ? undefined : text(env.hiddenHarm, 'childCarePlan');
  return plan ? `In ${env.name}’s words, who will look after the children: ${quoted(plan)}` : PLACEHOLDER;
};
