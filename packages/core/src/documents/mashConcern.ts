import { choice, isYes, list, text } from './answers.ts';
import { detailOf, type DraftEnv } from './env.ts';
import { capitalise, joinWords, orPlaceholder, PLACEHOLDER, quoted, sentence } from './format.ts';
import {
  DISCLOSURE_SOURCE,
  EXPLANATION_FIT,
  EXPLOITATION_SIGNS,
  GIVEN_DELIBERATELY,
  HEAD_SIGNS,
  HURT_BY,
  INJURY_TYPES,
  PATTERNS,
  SUBSTANCES,
  words,
} from './terms.ts';
import { PRESENTING_REASONS, THIRD_PARTY } from './termsAdult.ts';

const all = (table: Readonly<Record<string, string>>, codes: readonly string[]): string =>
  joinWords(codes.map((c) => words(table, c) ?? c));

/** §1 `whatWasSeen`: each finding in plain words (T:B7–B9, B15, B16, C5; F:F5); hidden harm: H0. */
export const whatWasSeenText = (env: DraftEnv): string | undefined => {
  const t = env.triage;
  const n = env.name;
  const lines: string[] = [];
  const injuries = list(t, 'injuryTypes');
  if (injuries.length) {
    if (detailOf(env, 'paediatric-triage')['nonMobile'] === true)
      lines.push(`${n} is not yet crawling or walking.`);
    lines.push(`I saw ${all(INJURY_TYPES, injuries)}.`);
    const patterns = list(t, 'suspiciousPatterns');
    for (const pattern of patterns) lines.push(`${capitalise(words(PATTERNS, pattern) ?? pattern)}.`);
    const head = list(t, 'ctCriteria');
    if (head.length) lines.push(`After the head injury: ${all(HEAD_SIGNS, head)}.`);
    // SAFER READING: the codes say what, not where, how big, what colour or when (§1, §5 rule 4).
    lines.push(
      `Where on the body (in words), size, colour and when I saw each one: ${PLACEHOLDER} A body map is attached.`,
    );
  }
  const diagnosis = env.inputs.clinical?.diagnosis;
  if (diagnosis && lines.length) lines.push(`Diagnosis, from the clinical record: ${sentence(diagnosis)}`);
  if (isYes(t, 'ingestion')) {
    lines.push(
      `${n} swallowed or breathed in ${all(SUBSTANCES, list(t, 'ingestedSubstance')) || PLACEHOLDER}.`,
    );
    const deliberately = words(GIVEN_DELIBERATELY, choice(t, 'ingestionGivenDeliberately'));
    if (deliberately) lines.push(deliberately);
  }
  const signs = list(t, 'exploitationSigns').filter((s) => s !== 'none');
  if (signs.length) lines.push(`Signs of exploitation: ${all(EXPLOITATION_SIGNS, signs)}.`);
  if (isYes(t, 'neglectSigns'))
    lines.push(`Signs of neglect: ${sentence(orPlaceholder(text(t, 'neglectDetails')))}`);
  if (isYes(env.fgm, 'signsObserved'))
    lines.push(
      `Signs that look like female genital mutilation were seen during care ${n} needed: ${sentence(orPlaceholder(text(env.fgm, 'signsObservedDetail')))}`,
    );
  const reasons = list(env.hiddenHarm, 'presentingReasons');
  if (!env.isChild && reasons.length)
    lines.push(`${n} came to us because of ${all(PRESENTING_REASONS, reasons)}.`);
  return lines.length ? lines.join('\n') : undefined;
};

/** §1 `whatWasHeard`: who said what, quoted exactly, and who first said it. */
export const whatWasHeardText = (env: DraftEnv): string | undefined => {
  const n = env.name;
  const lines: string[] = [];
  const t = env.triage;
  if (isYes(t, 'disclosedAbuse')) {
    const said = text(t, 'disclosureWords');
    lines.push(`What was said, and by whom, recorded word for word: ${said ? quoted(said) : PLACEHOLDER}`);
    const sources = list(t, 'disclosureSource');
    lines.push(`Who said it: ${sources.length ? `${all(DISCLOSURE_SOURCE, sources)}.` : PLACEHOLDER}`);
  }
  if (isYes(env.cse, 'disclosedSexualAbuse')) {
    lines.push(`${n} told us about sexual exploitation, rape or sexual assault.`);
    const account = text(env.cse, 'youngPersonAccount');
    if (account) lines.push(`${n} said, in ${env.pronouns.possessive} own words: ${quoted(account)}`);
  }
  const girlWords = text(env.fgm, 'girlDisclosureWords');
  if (isYes(env.fgm, 'girlDisclosed'))
    lines.push(
      `${n} told our staff that female genital mutilation was done to her. Her words: ${girlWords ? quoted(girlWords) : PLACEHOLDER}`,
    );
  if (isYes(env.fgm, 'thirdPartyReport'))
    lines.push(
      `${capitalise(words(THIRD_PARTY, choice(env.fgm, 'thirdPartySource')) ?? 'Someone')} told our staff that ${n} has had female genital mutilation.`,
    );
  const h = env.hiddenHarm;
  if (isYes(h, 'childrenWitnessed'))
    lines.push(`${n} told me that a child saw or heard what happened, or was there.`);
  if (isYes(h, 'intentToHarmChild')) lines.push(`${n} spoke of a wish, plan or thought of harming a child.`);
  if (isYes(h, 'domesticAbuseDisclosed')) lines.push(`${n} told me about domestic abuse.`);
  return lines.length ? lines.join('\n') : undefined;
};

/** §1 `explanation`: when there is an injury (T:B1.2, B4, B4.1, B5). */
export const explanationText = (env: DraftEnv): string | undefined => {
  const t = env.triage;
  if (!isYes(t, 'injuryOrMark')) return undefined;
  const given = text(t, 'explanation');
  const fit = choice(t, 'explanationSuitability');
  const lines = [
    given
      ? `The explanation, given by ${orPlaceholder(text(t, 'explanationGivenBy'))}: ${quoted(given)}`
      : fit === 'none-given'
        ? undefined
        : `The explanation, and who gave it: ${PLACEHOLDER}`,
    words(HURT_BY, choice(t, 'hurtByAnotherPerson'))?.replace('the child', env.name),
    words(EXPLANATION_FIT, fit),
    `Why: ${PLACEHOLDER}`,
  ];
  return lines.filter((l) => l !== undefined).join('\n');
};
