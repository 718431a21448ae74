import type { ActionCode } from '../model/actions.ts';
import { levelAtLeast } from '../model/levels.ts';
import { choice, int, list, strings, text } from './answers.ts';
import { detailOf, fired, has, hasForm, type DraftEnv } from './env.ts';
import { capitalise, joinWords, orPlaceholder, PLACEHOLDER, sentence } from './format.ts';
import { encounterReasons } from './mashVoice.ts';
import type { Privacy } from './privacy.ts';
import { CPIS, INJURY_TYPES, SEXUAL_HEALTH_NEEDS, words } from './terms.ts';
import { GREEN_WELFARE } from './termsAdult.ts';

/** §4 `checksDone`: CP-IS (or P-R13), and urgent-care visits in 12 and 6 months (or FA-U). */
export const checksText = (env: DraftEnv): string => {
  const t = env.triage;
  const a7 = choice(t, 'cpisResult');
  const lines = [
    a7 === 'not-available'
      ? 'The national child protection information system could not be checked today; our safeguarding lead will check it the next working day.'
      : `The national child protection information system ${a7 ? words(CPIS, a7) : `result: ${PLACEHOLDER}`}.`,
  ];
  const fa = detailOf(env, 'frequent-attender');
  if (fired(env, 'FA-U'))
    lines.push('The attendance history could not be checked, so earlier visits may be missing.');
  if (typeof fa['n12'] === 'number')
    lines.push(
      `Counting today, ${env.name} has had ${fa['n12']} unplanned ${fa['n12'] === 1 ? 'visit' : 'visits'} to urgent care in the last 12 months (${String(fa['n6'])} in the last 6 months), at ${String(fa['providers12'])} ${fa['providers12'] === 1 ? 'place' : 'different places'}.`,
    );
  else if (!hasForm(env, 'frequent-attender'))
    lines.push(
      int(t, 'previousAttendances12m') !== undefined
        ? `The family told us of ${int(t, 'previousAttendances12m')} other unplanned visits to urgent care in the past year; the attendance history could not be checked.`
        : 'The attendance history could not be checked.',
    );
  return lines.join(' ');
};

/** `n`: who the MASH referral is about (the child or children); `patient`: the MARAC referral's subject. */
const ACTION_TAKEN: Partial<Record<ActionCode, (n: string, patient: string) => string>> = {
  MASH_REFERRAL: (n) =>
    `I have referred ${n} to children’s social care (the multi-agency safeguarding hub); reference: ${PLACEHOLDER}`,
  CONSIDER_MASH: () => 'Our safeguarding lead is deciding whether to refer to children’s social care.',
  MARAC_REFERRAL: (_, patient) =>
    `I have referred ${patient} to the multi-agency risk assessment conference about domestic abuse.`,
  POLICE_999: () => 'We called the police on 999.',
  POLICE_NOTIFY: () => 'We are telling the police.',
  POLICE_101_FGM_REPORT: () =>
    'The staff who heard or saw are reporting female genital mutilation to the police on 101.',
  CPIS_INFORM_SOCIAL_WORKER: (n) => `We are telling ${n}’s social worker about this visit.`,
  FGM_SPECIALIST_REFERRAL: () => 'A referral to a specialist female genital mutilation service.',
  IDVA_OR_DA_SERVICE: () => 'A domestic abuse service was offered in private.',
  MATERNITY_SAFEGUARDING_NOTIFY: () => 'We are telling the maternity safeguarding team about the pregnancy.',
  INFORM_SAFEGUARDING_LEAD: () => 'Our safeguarding lead has been told.',
};

/** §4 `actionTaken`: referral made or not, to whom, reference (`about`: the child or children). */
export const actionTakenText = (env: DraftEnv, privacy: Privacy, about: string): string => {
  const lines = (Object.keys(ACTION_TAKEN) as ActionCode[])
    .filter((code) => has(env, code) && !(code === 'CONSIDER_MASH' && has(env, 'MASH_REFERRAL')))
    .map((code) => ACTION_TAKEN[code]?.(about, env.name) ?? '');
  if (!privacy.omitSexualHealth && privacy.sexualHealthContext && has(env, 'SEXUAL_HEALTH_FOLLOWUP'))
    lines.push('Sexual-health follow-up has been offered.');
  if (!['MASH_REFERRAL', 'MARAC_REFERRAL', 'CONSIDER_MASH'].some((c) => has(env, c as ActionCode)))
    lines.unshift('No referral to children’s social care was needed.');
  return lines.join('\n');
};

/** The welfare concerns behind the CSE screen's green indicators, without naming the screen (C-R4). */
const welfareLines = (env: DraftEnv): string[] =>
  strings(detailOf(env, 'cse')['green']).map(
    (code) => `I am concerned that ${env.name} ${GREEN_WELFARE[code] ?? code}.`,
  );

/** §4 `concern`: plain language, or "no safeguarding concern found"; never sexual-health detail when omitted. */
export const concernText = (env: DraftEnv, privacy: Privacy, omit: boolean): string => {
  if (omit) {
    const lines = welfareLines(env);
    if (levelAtLeast(env.level, 'DISCUSS'))
      lines.push(`The concern, as our safeguarding lead agreed it may be shared: ${PLACEHOLDER}`);
    if (lines.length === 0)
      lines.push(
        env.level === 'NO_CONCERN'
          ? 'I found no safeguarding concern.'
          : 'I found no safeguarding concern beyond what I ask below.',
      );
    return lines.join('\n');
  }
  if (env.level === 'NO_CONCERN') return 'I found no safeguarding concern.';
  const summary = text(env.triage, 'concernSummary') ?? text(env.hiddenHarm, 'concernSummary');
  if (summary) return summary;
  const reasons = encounterReasons(env);
  return reasons.length ? reasons.map(sentence).join('\n') : PLACEHOLDER;
};

/** §4 `clinical`: why they came, findings, diagnosis, treatment; sexual-health content only when agreed. */
export const clinicalText = (env: DraftEnv, privacy: Privacy, omit: boolean): string => {
  const n = env.name;
  const p = env.pronouns;
  if (omit) {
    const why =
      privacy.view === 'objects'
        ? `at ${p.possessive} request`
        : `because we could not ask ${n} whether they could be shared`;
    return `${n} was seen and treated. The details of this visit stay confidential ${why}; ${p.subject} can tell you about it ${p.subject === 'they' ? 'themselves' : p.subject === 'he' ? 'himself' : 'herself'}.`;
  }
  const t = env.triage;
  const lines: string[] = [];
  const why = text(t, 'presentingComplaint');
  if (why) lines.push(`Why ${n} came: ${sentence(why)}`);
  const injuries = list(t, 'injuryTypes');
  if (injuries.length) lines.push(`I found ${joinWords(injuries.map((i) => words(INJURY_TYPES, i) ?? i))}.`);
  const clinical = env.inputs.clinical;
  if (clinical?.diagnosis) lines.push(`Diagnosis: ${sentence(clinical.diagnosis)}`);
  if (clinical?.treatment) lines.push(`Treatment: ${sentence(clinical.treatment)}`);
  if (privacy.sexualHealthContext && privacy.sharingAgreed) {
    const needs = list(t, 'sexualHealthNeeds');
    if (needs.length)
      lines.push(`Sexual-health care: ${joinWords(needs.map((x) => words(SEXUAL_HEALTH_NEEDS, x) ?? x))}.`);
    const risk = detailOf(env, 'cse')['cseRisk'];
    if (typeof risk === 'string')
      lines.push(
        `The screen for sexual exploitation found ${risk === 'NONE' ? 'no' : risk.toLowerCase()} risk.`,
      );
    const partnerAge = int(env.cse, 'partnerAgeYears');
    if (partnerAge !== undefined)
      lines.push(`${capitalise(p.subject)} gave ${p.possessive} partner’s age as ${partnerAge}.`);
  }
  return lines.join('\n') || `Why ${n} came, what I found, and the treatment: ${orPlaceholder(undefined)}`;
};
