// coding.md §2.2: "a test checks the two agree (every key, code, option and condition)". Every
// shown-when condition of every item and group field is evaluated both ways on arbitrary answers
// and an arbitrary patient, level and derived values: by the engine, and in FHIR (base R4
// enableWhen, or the FHIRPath expression run by fhirpath.js on the QuestionnaireResponse).
import {
  DEFAULT_CONFIG,
  LEVELS,
  PROFORMA_IDS,
  evaluateCondition,
  type Condition,
  type ConditionEnv,
  type Level,
  type Sex,
} from '@proformas/core';
import fc from 'fast-check';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireItem, QuestionnaireResponseItem } from '../fhir/questionnaire.ts';
import { SDC_ENABLE_WHEN_EXPRESSION, VARIABLE } from '../terminology/systems.ts';
import { answersArb } from '../test/arbitraries.ts';
import { enableWhenHolds } from '../test/enableWhen.ts';
import { proformaIndex } from './linkIds.ts';
import {
  validQuestionnaire as toQuestionnaire,
  validResponse as toQuestionnaireResponse,
} from '../test/valid.ts';
import { HOST_VARIABLE_EXTENSION } from './toQuestionnaire.ts';

const RUNS = 150;
const SEXES: Sex[] = ['female', 'male', 'indeterminate', 'unknown'];

const expressionOf = (item: QuestionnaireItem) =>
  item.extension?.find((e) => e.url === SDC_ENABLE_WHEN_EXPRESSION)?.valueExpression?.expression;

describe.each(PROFORMA_IDS)('the %s Questionnaire agrees with the engine on every condition', (id) => {
  const q = toQuestionnaire(id);
  const index = proformaIndex(id);
  const fhirItems = new Map(q.item.map((i) => [i.linkId, i]));
  const hostVars = (q.extension ?? [])
    .filter((e) => e.url.endsWith(HOST_VARIABLE_EXTENSION))
    .map((e) => e.valueString ?? '');
  const derivedNames = hostVars
    .filter((v) => v.startsWith('derived_'))
    .map((v) => v.slice('derived_'.length));
  const configVars = Object.fromEntries(
    (q.extension ?? [])
      .filter((e) => e.url === VARIABLE)
      .map((e) => [e.valueExpression?.name, Number(e.valueExpression?.expression)]),
  );
  const compiled = new Map<string, ReturnType<typeof fhirpath.compile>>();
  const run = (expression: string, qr: object, env: Record<string, unknown>): unknown[] => {
    let fn = compiled.get(expression);
    if (!fn) compiled.set(expression, (fn = fhirpath.compile(expression, r4)));
    return fn(qr, env) as unknown[];
  };

  const envArb = fc.record({
    // Ages on a birthday (0–25 years) often: the bands' edges are where a translation slips.
    months: fc.oneof(
      fc.integer({ min: 0, max: 1300 }),
      fc.integer({ min: 0, max: 25 }).map((y) => y * 12),
    ),
    sex: fc.constantFrom(...SEXES),
    level: fc.constantFrom<Level>(...LEVELS),
    derived: fc.tuple(...derivedNames.map(() => fc.boolean())),
  });

  it(`on ${RUNS} arbitrary cases`, () => {
    let checked = 0;
    fc.assert(
      fc.property(answersArb(id), envArb, (answers, e) => {
        const qr = toQuestionnaireResponse(id, answers);
        const derived = Object.fromEntries(derivedNames.map((n, i) => [n, e.derived[i] ?? false]));
        const engineEnv: ConditionEnv = {
          answers,
          derived,
          config: DEFAULT_CONFIG,
          age: { years: Math.floor(e.months / 12), months: e.months },
          sex: e.sex,
          level: e.level,
        };
        const vars = {
          resource: qr,
          ageYears: Math.floor(e.months / 12),
          ageMonths: e.months,
          sex: e.sex,
          level: e.level,
          ...configVars,
          ...Object.fromEntries(derivedNames.map((n) => [`derived_${n}`, derived[n]])),
        };
        const fhirHolds = (
          item: QuestionnaireItem,
          siblings: readonly QuestionnaireResponseItem[],
          extra: object,
        ) => {
          const expression = expressionOf(item);
          if (expression === undefined) return enableWhenHolds(item, siblings);
          const result = run(expression, qr, { ...vars, ...extra });
          expect(result, expression).toHaveLength(1);
          return result[0];
        };
        for (const linked of index.items) {
          const fhir = fhirItems.get(linked.linkId);
          if (!fhir) throw new Error(`no item ${linked.linkId}`);
          const condition = linked.item.shownWhen as Condition | undefined;
          if (condition) {
            expect(fhirHolds(fhir, qr.item ?? [], {}), linked.linkId).toBe(
              evaluateCondition(condition, engineEnv),
            );
            checked++;
          }
          const rows =
            Array.isArray(answers[linked.item.key]) && linked.item.type === 'group'
              ? (answers[linked.item.key] as Record<string, unknown>[])
              : [];
          const rowNodes =
            rows.length > 0
              ? (fhirpath.evaluate(
                  qr,
                  `QuestionnaireResponse.item.where(linkId = '${linked.linkId}')`,
                  {},
                  r4,
                  { resolveInternalTypes: false },
                ) as unknown[])
              : [];
          rows.forEach((row, r) => {
            for (const { field, linkId } of linked.fields) {
              const fieldItem = fhir.item?.find((i) => i.linkId === linkId);
              if (!field.shownWhen || !fieldItem) continue;
              const rowEnv = { ...engineEnv, answers: row, derived: {} };
              const siblings = qr.item?.filter((i) => i.linkId === linked.linkId)[r]?.item ?? [];
              expect(fhirHolds(fieldItem, siblings, { row: rowNodes[r] }), linkId).toBe(
                evaluateCondition(field.shownWhen as Condition, rowEnv),
              );
              checked++;
            }
          });
        }
      }),
      { numRuns: RUNS },
    );
    expect(checked).toBeGreaterThan(RUNS);
  });
});
