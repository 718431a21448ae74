import { LEVELS, levelAtLeast, type Comparator, type Condition, type Operand } from '@proformas/core';
import { extensionUrl } from '../options.ts';
import { answerSystem, isCoded } from './itemTypes.ts';
import {
  entryOrThrow,
  literal,
  type ConditionScope,
  type ExpressionVariables,
  type ScopeEntry,
} from './scope.ts';

/** The project extension on a group that holds an answered empty list (README "Groups"). */
export const EMPTY_GROUP_EXTENSION = 'empty-group';

const CMP: Record<Comparator, string> = { lt: '<', le: '<=', gt: '>', ge: '>=', eq: '=' };

const answers = (scope: ConditionScope, entry: ScopeEntry): string =>
  `${scope.root}.item.where(linkId = ${literal(entry.linkId)}).answer.value`;

const union = (values: readonly string[]): string => `(${values.map(literal).join(' | ')})`;

/** FHIRPath that is true when an answer of the entry equals the value (engine `equals`). */
const equalsExpression = (scope: ConditionScope, entry: ScopeEntry, value: string | number): string => {
  const a = answers(scope, entry);
  const { type } = entry.answerable;
  if (type === 'yes-no') return `${a}.where($this = ${value === 'yes' ? 'true' : 'false'}).exists()`;
  if (isCoded(type)) return `${a}.where(code = ${literal(String(value))}).exists()`;
  if (typeof value === 'number') return `${a}.where($this = ${value}).exists()`;
  if (type === 'date') return `${a}.where($this = @${value}).exists()`;
  return `${a}.where($this = ${literal(value)}).exists()`;
};

const answeredExpression = (scope: ConditionScope, entry: ScopeEntry): string => {
  const { type } = entry.answerable;
  if (type === 'group') {
    const empty = literal(extensionUrl(scope.base, EMPTY_GROUP_EXTENSION));
    return `${scope.root}.item.where(linkId = ${literal(entry.linkId)} and extension.where(url = ${empty}).empty()).exists()`;
  }
  if (type === 'multi') {
    const system = literal(answerSystem(scope.base, scope.proformaId, entry.linkId, type));
    return `${answers(scope, entry)}.where(system = ${system}).exists()`;
  }
  return `${answers(scope, entry)}.exists()`;
};

const operand = (o: Operand, scope: ConditionScope, vars: ExpressionVariables): string => {
  if ('age' in o) {
    const name = o.age === 'years' ? 'ageYears' : 'ageMonths';
    vars.host.add(name);
    return `%${name}`;
  }
  if ('config' in o) {
    vars.config.add(o.config);
    return `%${o.config}`;
  }
  if ('value' in o) return String(o.value);
  if ('key' in o) return answers(scope, entryOrThrow(scope, o.key));
  vars.host.add(`derived_${o.derived}`);
  return `%derived_${o.derived}`;
};

/**
 * The same condition as a FHIRPath boolean for the SDC `enableWhenExpression`. Every part yields
 * true or false (never empty), so `not()` keeps the engine's meaning: an unanswered item makes
 * `equals` and `compare` false and their negation true.
 */
export const toExpression = (
  condition: Condition,
  scope: ConditionScope,
  vars: ExpressionVariables,
): string => {
  switch (condition.op) {
    case 'equals':
      return equalsExpression(scope, entryOrThrow(scope, condition.key), condition.value);
    case 'oneOf': {
      const entry = entryOrThrow(scope, condition.key);
      if (entry.answerable.type === 'yes-no' || !isCoded(entry.answerable.type)) {
        return `(${condition.values.map((v) => equalsExpression(scope, entry, v)).join(' or ') || 'false'})`;
      }
      return `${answers(scope, entry)}.where(code in ${union(condition.values)}).exists()`;
    }
    case 'includes':
      return `${answers(scope, entryOrThrow(scope, condition.key))}.where(code = ${literal(condition.value)}).exists()`;
    case 'includesOtherThan': {
      const entry = entryOrThrow(scope, condition.key);
      const system = literal(answerSystem(scope.base, scope.proformaId, entry.linkId, entry.answerable.type));
      const others = condition.values.length > 0 ? ` and (code in ${union(condition.values)}).not()` : '';
      return `${answers(scope, entry)}.where(system = ${system}${others}).exists()`;
    }
    case 'answered':
      return answeredExpression(scope, entryOrThrow(scope, condition.key));
    case 'all':
      return `(${condition.of.map((c) => toExpression(c, scope, vars)).join(' and ') || 'true'})`;
    case 'any':
      return `(${condition.of.map((c) => toExpression(c, scope, vars)).join(' or ') || 'false'})`;
    case 'not':
      return `${toExpression(condition.of, scope, vars)}.not()`;
    case 'compare': {
      const left = operand(condition.left, scope, vars);
      const right = operand(condition.right, scope, vars);
      return `iif(${left} ${CMP[condition.cmp]} ${right}, true, false)`;
    }
    case 'sex':
      vars.host.add('sex');
      return condition.in.length > 0 ? `(%sex in ${union(condition.in)})` : 'false';
    case 'derived':
      vars.host.add(`derived_${condition.name}`);
      return `(%derived_${condition.name} = true)`;
    case 'levelAtLeast':
      vars.host.add('level');
      return `(%level in ${union(LEVELS.filter((l) => levelAtLeast(l, condition.level)))})`;
    default:
      return condition satisfies never;
  }
};
