import { choice, isYes, list, strings, text } from './answers.ts';
import { childLabel, type SubjectChild } from './children.ts';
import { detailOf, fired, type DraftEnv } from './env.ts';
import {
  birthDate,
  DEPARTMENT_WORDS,
  joinWords,
  nhsNumberWords,
  orPlaceholder,
  timeAndDate,
} from './format.ts';
import { CPIS, words } from './terms.ts';
import { PRESENTING_REASONS } from './termsAdult.ts';

/** §4 `child` (or, for an adult's own GP letter, the patient): name, date of birth, NHS number, address. */
export const identityText = (env: DraftEnv): string => {
  const p = env.inputs.patient;
  return `${orPlaceholder(p.fullName)}, born ${birthDate(env.context.patient.dateOfBirth)}, aged ${env.age}. NHS number ${
    p.nhsNumber ? nhsNumberWords(p.nhsNumber) : orPlaceholder(undefined)
  }. Address: ${orPlaceholder(p.address)}.`;
};

/** §4 `visit`: date, time, site and the kind of service. */
export const visitText = (env: DraftEnv): string =>
  `Seen at ${env.inputs.site.name} (${DEPARTMENT_WORDS[env.inputs.site.departmentType]}) at ${timeAndDate(env.arrivedAt)}.`;

/** The sharing answer of the form that holds it: triage E2 / E2.1, hidden harm H13 / H13a. */
export const sharingText = (env: DraftEnv, who: string): string => {
  const [told, why] = env.isChild
    ? [choice(env.triage, 'infoSharingExplained'), text(env.triage, 'infoSharingReason')]
    : [choice(env.hiddenHarm, 'infoSharingExplained'), text(env.hiddenHarm, 'infoSharingNotExplainedReason')];
  if (told === 'yes') return `I explained to ${who} how information is shared, and that I am writing to you.`;
  if (told === 'no') return `I have not told ${who} that I am writing to you, because: ${orPlaceholder(why)}`;
  return `Whether ${who} knows I am writing to you, and if not why not: ${orPlaceholder(undefined)}`;
};

/** hidden-harm.md "Output marking": when `factorDa`, no channel the abuser may read or hear. */
export const domesticAbuseChannelLines = (env: DraftEnv): string[] => {
  if (!strings(detailOf(env, 'hidden-harm')['householdFactors']).includes('da')) return [];
  const safe = text(env.hiddenHarm, 'safeContactDetails');
  return [
    `Please do not discuss domestic abuse with ${env.name}’s partner or family, and do not send any copy of this letter to ${env.name}.`,
    safe
      ? `To contact ${env.name} safely: ${safe}`
      : `Ask ${env.name} in private how to contact ${env.pronouns.object} safely.`,
  ];
};

/** For an adult's own GP letter: why they came (H0), and an FGM diagnosis (F-R4). */
export const adultClinicalText = (env: DraftEnv): string => {
  const lines: string[] = [];
  const reasons = list(env.hiddenHarm, 'presentingReasons');
  if (reasons.length)
    lines.push(
      `${env.name} came to us because of ${joinWords(reasons.map((r) => PRESENTING_REASONS[r] ?? r))}.`,
    );
  if (fired(env, 'F-R4')) lines.push(`${env.name} has had female genital mutilation.`);
  const clinical = env.inputs.clinical;
  if (clinical?.diagnosis) lines.push(`Diagnosis: ${clinical.diagnosis}`);
  if (clinical?.treatment) lines.push(`Treatment: ${clinical.treatment}`);
  return lines.join('\n') || `Why ${env.name} came, and the treatment: ${orPlaceholder(undefined)}`;
};

/** For an adult's own GP letter: the children and the checks on them (H9). */
export const adultChecksText = (children: readonly SubjectChild[]): string => {
  const checked = children.filter((c) => c.cpisStatus !== undefined);
  if (!checked.length) return 'No child protection checks were made at this visit.';
  return checked
    .map((c) =>
      c.cpisStatus === 'not-available'
        ? `${childLabel(c)}: the national child protection information system could not be checked.`
        : `${childLabel(c)}: the national child protection information system or local record ${words(CPIS, c.cpisStatus)}.`,
    )
    .join('\n');
};

/** An adult's own GP is told there are children, and when abuse could not be asked in private. */
export const adultConcernLines = (env: DraftEnv, children: readonly SubjectChild[]): string[] => {
  const lines: string[] = [];
  if (children.length) lines.push(`${env.name} has children: ${children.map(childLabel).join('; ')}.`);
  if (
    isYes(env.hiddenHarm, 'otherChildrenElsewhere') &&
    !children.some((c) => c.source === 'hidden-harm-elsewhere')
  )
    lines.push(`${env.name} also has children under 18 who live elsewhere.`);
  if (isYes(env.hiddenHarm, 'pregnant')) lines.push('There is a pregnancy in the household.');
  if (choice(env.hiddenHarm, 'safeToTalkNow') === 'no')
    lines.push(
      `I could not ask ${env.name} about domestic abuse in private, so please ask when you can see ${env.pronouns.object} alone.`,
    );
  return lines;
};
