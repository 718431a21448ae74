import { choice, isYes, text } from './answers.ts';
import { childLabel, type SubjectChild } from './children.ts';
import type { DraftEnv } from './env.ts';
import { birthDate, nhsNumberWords, orPlaceholder, PLACEHOLDER, sentence } from './format.ts';
import { CPIS, words } from './terms.ts';

/** §1 `child` for a child patient: identity, school, language and needs. */
export const childText = (env: DraftEnv): string => {
  const p = env.inputs.patient;
  const lines = [
    `${orPlaceholder(p.fullName)}${p.otherNames ? `, also known as ${p.otherNames}` : ''}. Born ${birthDate(env.context.patient.dateOfBirth)}, aged ${env.age}.`,
    p.nhsNumber ? `NHS number ${nhsNumberWords(p.nhsNumber)}.` : undefined,
    `Address: ${orPlaceholder(p.address)}.`,
    text(env.triage, 'schoolOrNursery')
      ? `School or nursery: ${text(env.triage, 'schoolOrNursery')}.`
      : undefined,
    p.firstLanguage
      ? `First language: ${p.firstLanguage}${p.interpreterNeeded ? '; needs an interpreter' : ''}.`
      : p.interpreterNeeded
        ? 'Needs an interpreter.'
        : undefined,
    isYes(env.triage, 'disabilityOrCommunicationNeed')
      ? `${env.name} has a disability, or difficulty communicating or understanding.`
      : undefined,
    isYes(env.cse, 'learningDisability') ? `${env.name} has a learning disability or difficulty.` : undefined,
    p.disability ? sentence(p.disability) : undefined,
  ];
  return lines.filter((l) => l !== undefined).join(' ');
};

/** §1 `child` for an adult's encounter: each child in turn. */
export const childrenText = (children: readonly SubjectChild[]): string =>
  children
    .map((c) =>
      [
        `${orPlaceholder(c.name)}.`,
        c.dateOfBirth
          ? `Born ${birthDate(c.dateOfBirth)}, aged ${c.age ?? PLACEHOLDER}.`
          : `Born ${PLACEHOLDER}.`,
        c.nhsNumber ? `NHS number ${nhsNumberWords(c.nhsNumber)}.` : undefined,
        `Address: ${orPlaceholder(c.address)}.`,
        c.school ? `School or nursery: ${c.school}.` : undefined,
        c.gp ? `GP: ${c.gp}.` : undefined,
      ]
        .filter((l) => l !== undefined)
        .join(' '),
    )
    .join('\n') || PLACEHOLDER;

/** §1 `socialCareStatus` for a child patient (T:A7, T:A8). */
export const socialCareText = (env: DraftEnv): string => {
  const t = env.triage;
  const a7 = choice(t, 'cpisResult');
  const cpis =
    a7 === 'not-available'
      ? 'The national child protection information system could not be checked today; our safeguarding lead will check it the next working day.'
      : `The national child protection information system ${a7 ? words(CPIS, a7) : `result: ${PLACEHOLDER}`}.`;
  const a8 = choice(t, 'cinOrSocialWorker');
  const sw =
    a8 === 'yes'
      ? `Allocated social worker or child-in-need plan: ${orPlaceholder(text(t, 'socialWorkerContact'))}.`
      : a8 === 'no'
        ? 'We know of no child-in-need plan or social worker.'
        : a8 === 'unknown'
          ? 'We do not know whether there is a child-in-need plan or a social worker.'
          : `Child-in-need plan or social worker: ${PLACEHOLDER}`;
  return `${cpis} ${sw}`;
};

/** §1 `socialCareStatus` for an adult's children (H:H9). */
export const childrenSocialCareText = (children: readonly SubjectChild[]): string =>
  children
    .map((c) => {
      const s = c.cpisStatus;
      const status =
        s === 'not-available' ? 'could not be checked' : s ? (words(CPIS, s) ?? s) : `result: ${PLACEHOLDER}`;
      return `${childLabel(c)}: the national child protection information system or local record ${status}.`;
    })
    .join('\n') || PLACEHOLDER;
