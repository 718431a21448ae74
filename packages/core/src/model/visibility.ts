import type { ConditionEnv } from './evaluate.ts';
import { evaluateCondition, isAnswered } from './evaluate.ts';
import type { GroupField, Item } from './item.ts';

/** Is the item shown, given the environment? */
export const isShown = (item: Pick<Item, 'shownWhen'>, env: ConditionEnv): boolean =>
  item.shownWhen === undefined || evaluateCondition(item.shownWhen, env);

export const isRequired = (item: Pick<Item, 'required'>, env: ConditionEnv): boolean =>
  typeof item.required === 'boolean' ? item.required : evaluateCondition(item.required, env);

const rowEnv = (env: ConditionEnv, row: Record<string, unknown>): ConditionEnv => ({
  ...env,
  answers: row,
  derived: {},
});

/** Drop a group row's answers to fields that its own answers hide. */
export const pruneRow = (fields: readonly GroupField[], row: Record<string, unknown>, env: ConditionEnv) => {
  const kept: Record<string, unknown> = {};
  const scope = rowEnv(env, row);
  for (const field of fields) {
    if (field.key in row && (field.shownWhen === undefined || evaluateCondition(field.shownWhen, scope))) {
      kept[field.key] = row[field.key];
    }
  }
  return kept;
};

/** Missing required fields of one group row, as messages. */
export const missingRowFields = (
  fields: readonly GroupField[],
  row: Record<string, unknown>,
  env: ConditionEnv,
) => {
  const scope = rowEnv(env, row);
  return fields.filter((field) => {
    const shown = field.shownWhen === undefined || evaluateCondition(field.shownWhen, scope);
    const required =
      typeof field.required === 'boolean' ? field.required : evaluateCondition(field.required, scope);
    const value = row[field.key];
    const blocked = typeof value === 'string' && (field.blocksCompletion ?? []).includes(value);
    return shown && ((required && !isAnswered(value)) || blocked);
  });
};
