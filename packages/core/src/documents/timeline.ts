import { int, isYes, list, rows, text } from './answers.ts';
import type { Categories } from './categories.ts';
import { detailOf, fired, hasForm, type DraftEnv } from './env.ts';
import { capitalise, joinWords, longDate, timeAndDate } from './format.ts';
import { londonDate, daysBetween } from '../model/dates.ts';

const REASONS: Readonly<Record<string, string>> = {
  injury: 'an injury',
  'self-harm': 'self-harm',
  intoxication: 'alcohol or drugs',
  assault: 'an assault',
  'sexual-assault': 'a sexual assault',
  illness: 'an illness',
  'mental-health': 'mental health',
  'sexual-health': 'sexual health',
  other: 'another reason',
};

const reasonWords = (codes: readonly string[]): string => joinWords(codes.map((c) => REASONS[c] ?? c));

/** Earlier visits in the long window, oldest first (registry records, then V3 rows). */
const earlierVisits = (env: DraftEnv): string[] => {
  const today = londonDate(env.arrivedAt);
  const inWindow = (day: string): boolean => {
    const days = daysBetween(londonDate(day.length === 10 ? `${day}T12:00:00Z` : day), today);
    return days >= 0 && days < env.config.faLongWindowDays;
  };
  const arrivedMinute = env.arrivedAt.slice(0, 16);
  const records = (env.context.priorAttendances ?? [])
    .filter((r) => inWindow(r.arrivedAt) && Date.parse(r.arrivedAt) < Date.parse(env.arrivedAt))
    .filter(
      (r) =>
        !(r.providerId === env.context.attendance.providerId && r.arrivedAt.slice(0, 16) === arrivedMinute),
    )
    .sort((a, b) => Date.parse(a.arrivedAt) - Date.parse(b.arrivedAt))
    .map((r) => {
      const why =
        r.presentingComplaint ?? (r.reasons.length ? reasonWords(r.reasons) : 'reason not recorded');
      const planned = r.category === 'planned-follow-up' ? ', a planned follow-up' : '';
      return `${longDate(r.arrivedAt)}, ${r.providerName}: ${why}${planned}${r.leftBeforeSeen ? '; left before being seen' : ''}.`;
    });
  const told = rows(env.input.answers['frequent-attender'], 'otherAttendances')
    .filter((r) => typeof r['date'] === 'string' && inWindow(String(r['date'])))
    .map((r) => {
      const why = list(r, 'reasons').length ? reasonWords(list(r, 'reasons')) : 'reason not recorded';
      const left = text(r, 'leftBeforeSeen') === 'yes' ? '; left before being seen' : '';
      return `${longDate(String(r['date']))}, ${text(r, 'providerName') ?? 'place not recorded'}: ${why}${left} (found elsewhere or told to us).`;
    });
  return [...records, ...told];
};

/** FA-P: the pattern named (frequent-attender.md "Pattern signals"). */
const patternLines = (env: DraftEnv, visits: readonly string[]): string[] => {
  if (!fired(env, 'FA-P')) return [];
  const fa = env.input.answers['frequent-attender'];
  const features = list(fa, 'patternFeatures');
  const lines: string[] = [];
  if (visits.some((v) => v.includes('left before being seen')) || features.includes('left-before-seen'))
    lines.push('An earlier visit ended before the child was seen.');
  if (features.includes('similar-injuries') || features.includes('unexplained-injuries'))
    lines.push('The visits show repeated or unexplained injuries.');
  if (features.includes('missed-follow-up')) lines.push('Follow-up or GP appointments were missed.');
  if (['none-given', 'inconsistent'].includes(text(fa, 'attendanceExplanation') ?? ''))
    lines.push('There is no explanation for the number of visits, or the explanations change.');
  const headToday = list(env.triage, 'injuryTypes').includes('head-injury') || isYes(fa, 'headInjuryToday');
  if (headToday && env.ageYears < env.config.faRepeatHeadInjuryUnderYears)
    lines.push('A head injury today, in a young child, after an earlier visit for an injury.');
  return lines.length ? lines : ['The pattern of visits worries us: see the list.'];
};

/** §1 `timeline`: injury and arrival, delay, earlier urgent-care visits and their pattern. */
export const timelineText = (env: DraftEnv, categories: Categories): string => {
  const n = env.name;
  const t = env.triage;
  const lines = [`${n} arrived at ${timeAndDate(env.arrivedAt)}.`];
  const injuryAt = text(t, 'injuryAt');
  if (injuryAt) lines.push(`The injury happened at ${timeAndDate(injuryAt)}, as we were told.`);
  if (isYes(t, 'unexplainedDelay')) lines.push(`The delay in bringing ${n} for care has not been explained.`);
  for (const statement of categories.timeline) lines.push(`${capitalise(statement)}.`);
  const fa = detailOf(env, 'frequent-attender');
  const n12 = typeof fa['n12'] === 'number' ? fa['n12'] : undefined;
  if (fired(env, 'FA-U'))
    lines.push('The attendance history could not be checked, so earlier visits may be missing.');
  if (n12 !== undefined)
    lines.push(
      `Counting today, ${n} has had ${n12} unplanned ${n12 === 1 ? 'visit' : 'visits'} to urgent care in the last 12 months (${String(fa['n6'])} in the last 6 months), at ${String(fa['providers12'])} ${fa['providers12'] === 1 ? 'place' : 'different places'}.`,
    );
  else if (
    env.isChild &&
    !hasForm(env, 'frequent-attender') &&
    int(t, 'previousAttendances12m') !== undefined
  )
    lines.push(
      `The family told us of ${int(t, 'previousAttendances12m')} other unplanned visits to urgent care in the past year; the attendance history was not checked.`,
    );
  const visits = env.isChild ? earlierVisits(env) : [];
  if (visits.length) lines.push('Earlier visits:', ...visits);
  lines.push(...patternLines(env, visits));
  const incidents = int(env.hiddenHarm, 'incidentsLast12Months');
  if (incidents !== undefined)
    lines.push(`${n} told us of ${incidents} domestic-abuse incidents in the last 12 months.`);
  return lines.join('\n');
};
