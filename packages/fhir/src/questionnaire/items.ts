import type { Condition, GroupField, Item, ProformaId } from '@proformas/core';
import type { Extension } from '../fhir/datatypes.ts';
import type { QuestionnaireItem } from '../fhir/questionnaire.ts';
import { snomedCoding, ITEM_CONCEPTS } from '../terminology/snomed.ts';
import {
  FHIRPATH,
  ITEM_CONTROL_SYSTEM,
  MAX_VALUE,
  MIN_VALUE,
  SDC_ENABLE_WHEN_EXPRESSION,
  SDC_ITEM_CONTROL,
  VARIABLE,
} from '../terminology/systems.ts';
import { toEnableWhen, type EnableWhenRule } from './enableWhen.ts';
import { toExpression } from './expression.ts';
import { answerOptions, fhirItemType } from './itemTypes.ts';
import type { LinkedItem } from './linkIds.ts';
import type { ConditionScope, ExpressionVariables } from './scope.ts';

interface BuildEnv {
  base: string;
  proformaId: ProformaId;
  vars: ExpressionVariables;
}

/** `enableWhen` where base R4 says it exactly, else the SDC expression (never both: coding.md §2.2). */
const enablement = (
  condition: Condition | undefined,
  scope: ConditionScope,
  vars: ExpressionVariables,
): Partial<EnableWhenRule> & { extension?: Extension[] } => {
  if (!condition) return {};
  const rule = toEnableWhen(condition, scope);
  if (rule) return rule;
  const expression = toExpression(condition, scope, vars);
  const extension: Extension = {
    url: SDC_ENABLE_WHEN_EXPRESSION,
    valueExpression: { language: FHIRPATH, expression },
  };
  return { extension: [extension] };
};

/** The hint as a display item shown on demand (SDC item control `flyover`). */
const hintItem = (linkId: string, hint: string | undefined): QuestionnaireItem[] =>
  hint
    ? [
        {
          extension: [
            {
              url: SDC_ITEM_CONTROL,
              valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: 'flyover' }] },
            },
          ],
          linkId: `${linkId}-hint`,
          text: hint,
          type: 'display',
        },
      ]
    : [];

const bounds = (min: number | undefined, max: number | undefined): Extension[] => [
  ...(min === undefined ? [] : [{ url: MIN_VALUE, valueInteger: min }]),
  ...(max === undefined ? [] : [{ url: MAX_VALUE, valueInteger: max }]),
];

const questionItem = (
  env: BuildEnv,
  source: Pick<Item, 'code' | 'question' | 'hint' | 'type' | 'options' | 'min' | 'max' | 'required'>,
  linkId: string,
  inRow: boolean,
  condition: { shownWhen: Condition | undefined; scope: ConditionScope },
  nested: QuestionnaireItem[] = [],
): QuestionnaireItem => {
  const { extension: conditionExtension, ...rule } = enablement(
    condition.shownWhen,
    condition.scope,
    env.vars,
  );
  const extension = [...bounds(source.min, source.max), ...(conditionExtension ?? [])];
  const options = answerOptions(env.base, env.proformaId, linkId, source);
  const concept = ITEM_CONCEPTS[env.proformaId]?.[linkId];
  const items = [...hintItem(linkId, source.hint), ...nested];
  return {
    ...(extension.length > 0 ? { extension } : {}),
    linkId,
    ...(concept ? { code: [snomedCoding(concept)] } : {}),
    prefix: source.code,
    text: source.question,
    type: fhirItemType(source.type, inRow),
    ...rule,
    // coding.md §2.2: `required` only for items that are always required.
    ...(source.required === true ? { required: true } : {}),
    ...(source.type === 'multi' || source.type === 'group' ? { repeats: true } : {}),
    ...(options.length > 0 ? { answerOption: options } : {}),
    ...(items.length > 0 ? { item: items } : {}),
  };
};

/** `%row`: the group row's QuestionnaireResponse item, for its fields' expressions. */
const ROW_VARIABLE: Extension = {
  url: VARIABLE,
  valueExpression: { name: 'row', language: FHIRPATH, expression: '%context' },
};

const fieldItems = (env: BuildEnv, linked: LinkedItem): QuestionnaireItem[] => {
  const fields = linked.fields;
  const lookup = (key: string) => {
    const index = fields.findIndex((f) => f.field.key === key);
    const found = fields[index];
    return found ? { linkId: found.linkId, answerable: found.field, index } : undefined;
  };
  return fields.map(({ field, linkId }: { field: GroupField; linkId: string }, position) =>
    questionItem(env, field, linkId, true, {
      shownWhen: field.shownWhen,
      scope: { base: env.base, proformaId: env.proformaId, root: '%row', lookup, position },
    }),
  );
};

/** One Questionnaire item from a proforma item (a group with its fields nested). */
export const toQuestionnaireItem = (
  env: BuildEnv,
  linked: LinkedItem,
  scope: ConditionScope,
): QuestionnaireItem => {
  const nested = linked.item.type === 'group' ? fieldItems(env, linked) : [];
  const item = questionItem(
    env,
    linked.item,
    linked.linkId,
    false,
    { shownWhen: linked.item.shownWhen, scope },
    nested,
  );
  const rowNeedsVariable = nested.some((n) => n.extension?.some((e) => e.url === SDC_ENABLE_WHEN_EXPRESSION));
  return rowNeedsVariable ? { ...item, extension: [ROW_VARIABLE, ...(item.extension ?? [])] } : item;
};
