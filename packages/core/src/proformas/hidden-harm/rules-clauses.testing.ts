import type { AssessmentContext } from '../../model/context.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { hiddenHarm } from './definition.ts';
import { adult, answers, bornYearsAgo, child, inCare } from './fixtures-build.ts';
import type { HiddenHarmAnswers } from './schema.ts';

// Shared by the clause tests (rules-clauses*.test.ts): evaluate a patch of the examples' defaults.

export const run = (patch: Partial<HiddenHarmAnswers>, context: AssessmentContext = adult(30, 'female')) =>
  evaluateProforma(hiddenHarm, answers(patch), context);
export const firingOf = (patch: Partial<HiddenHarmAnswers>, rule: string, context?: AssessmentContext) =>
  run(patch, context).firings.filter((f) => f.rule === rule);
export const withConfig = (config: AssessmentContext['config']): AssessmentContext => ({
  ...adult(30, 'female'),
  config,
});
export const oneChild = (
  years: number,
  patch: Parameters<typeof child>[2] = {},
): Partial<HiddenHarmAnswers> => ({
  childrenUnder18: 'yes',
  children: [child('Leo Example', bornYearsAgo(years), patch)],
  ...inCare('With his father.'),
});
