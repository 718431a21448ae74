import type { SafeguardingConfig } from '../../model/config.ts';
import type { Sex } from '../../model/context.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { cse } from './definition.ts';
import { context, screened } from './fixtures-common.ts';
import type { CseAnswers } from './schema.ts';

// Helpers of the targeted clause tests (rules.clauses.test.ts, rules.floors.test.ts).

export const run = (
  answers: Partial<CseAnswers>,
  years = 16,
  sex: Sex = 'female',
  config?: Partial<SafeguardingConfig>,
  encounter: EncounterInputs = {},
) => evaluateProforma(cse, answers, context(years, sex, ['sexual-health'], config), encounter);
export const clauses = (e: ReturnType<typeof run>, rule: string) =>
  e.firings.filter((f) => f.rule === rule).map((f) => f.clause);
export const assault = (extra: Partial<CseAnswers>) =>
  screened({ screenReasons: ['sexual-assault'], partnerAgeStatus: 'no-partner', ...extra });
