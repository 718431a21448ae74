import { choice, int, isYes, strings, text } from './answers.ts';
import { detailOf, type DraftEnv } from './env.ts';
import { PLACEHOLDER, quoted } from './format.ts';
import { words } from './terms.ts';
import { DASH_QUESTIONS, YES_NO_UNKNOWN } from './termsAdult.ts';

export const dashDone = (env: DraftEnv): boolean => !env.isChild && isYes(env.hiddenHarm, 'dashAgreed');

/** §2 `dash`: the adult checklist, every answer, and the fears in the person's own words. */
export const dashText = (env: DraftEnv): string | undefined => {
  if (dashDone(env)) {
    const h = env.hiddenHarm;
    const lines = DASH_QUESTIONS.map(
      ([key, question], i) =>
        `${i + 1}. ${question} ${words(YES_NO_UNKNOWN, choice(h, key)) ?? 'not answered'}.`,
    );
    const fears = text(h, 'dashFearsDetail');
    lines.push(
      `What ${env.name} fears they might do, and to whom, in ${env.name}’s own words: ${fears ? quoted(fears) : PLACEHOLDER}`,
    );
    return lines.join('\n');
  }
  const yp = choice(env.triage, 'ypDashResult');
  if (yp === 'marac-threshold-met' || yp === 'below-threshold')
    return `The young people’s domestic abuse risk checklist was completed; it is attached. Its result: ${
      yp === 'marac-threshold-met'
        ? 'it met the threshold for referral, or I judge the risk to be high'
        : 'below the threshold'
    }.`;
  return undefined;
};

/** §2 `referralRoute`: every route that applies; a repeat referral is asked. */
export const routeText = (env: DraftEnv): string => {
  const lines: string[] = [];
  const score = detailOf(env, 'hidden-harm')['dashScore'];
  const routes = strings(detailOf(env, 'hidden-harm')['maracRoutes']);
  const { dashMaracThreshold, maracEscalationIncidents } = env.config;
  if (routes.includes('visible-high-risk'))
    lines.push(
      `Visible high risk: ${String(score)} “yes” answers, at or above the threshold of ${dashMaracThreshold}.`,
    );
  if (routes.includes('professional-judgement'))
    lines.push(`Professional judgement: I judge ${env.name} to be at high risk of serious harm.`);
  if (routes.includes('potential-escalation'))
    lines.push(
      `Potential escalation: ${String(int(env.hiddenHarm, 'incidentsLast12Months'))} incidents in the last 12 months (the threshold is ${maracEscalationIncidents}).`,
    );
  if (choice(env.triage, 'ypDashResult') === 'marac-threshold-met')
    lines.push(
      `The young people’s risk checklist met the threshold, or I judge ${env.name} to be at high risk.`,
    );
  if (lines.length === 0) lines.push(`Why this referral meets the criteria: ${PLACEHOLDER}`);
  // SAFER READING: "repeat" is asked, so a repeat referral is never missed (hidden-harm.md does not capture it).
  lines.push(`Whether this is a repeat referral: ${PLACEHOLDER}`);
  return lines.join('\n');
};
