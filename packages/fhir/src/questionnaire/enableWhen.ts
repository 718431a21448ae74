import type { Condition } from '@proformas/core';
import type { QuestionnaireEnableWhen } from '../fhir/questionnaire.ts';
import { answerSystem } from './itemTypes.ts';
import type { ConditionScope, ScopeEntry } from './scope.ts';

export interface EnableWhenRule {
  enableWhen: QuestionnaireEnableWhen[];
  enableBehavior?: 'all' | 'any';
}

/** An earlier sibling the condition reads, or undefined (then the condition needs an expression). */
const earlier = (scope: ConditionScope, key: string): ScopeEntry | undefined => {
  const entry = scope.lookup(key);
  return entry && entry.index < scope.position ? entry : undefined;
};

/** `answer = value` on one item, typed by the item, or undefined when base R4 cannot say it exactly. */
const equalsRule = (scope: ConditionScope, entry: ScopeEntry, value: string | number) => {
  const question = entry.linkId;
  const { type } = entry.answerable;
  if (type === 'yes-no' && (value === 'yes' || value === 'no'))
    return { question, operator: '=' as const, answerBoolean: value === 'yes' };
  if ((type === 'yes-no-unknown' || type === 'choice') && typeof value === 'string') {
    const system = answerSystem(scope.base, scope.proformaId, entry.linkId, type);
    return { question, operator: '=' as const, answerCoding: { system, code: value } };
  }
  if (type === 'integer' && typeof value === 'number')
    return { question, operator: '=' as const, answerInteger: value };
  if (type === 'text' && typeof value === 'string')
    return { question, operator: '=' as const, answerString: value };
  if (type === 'date' && typeof value === 'string')
    return { question, operator: '=' as const, answerDate: value };
  return undefined;
};

/**
 * The conditions base R4 `enableWhen` states exactly: one clause, or clauses of which any (`any`)
 * must hold. `oneOf` is several `=` clauses of which any holds; `includes` is `=` on a repeating
 * item (true when any answer matches); `answered` is `exists` (not for multi, whose answered empty
 * list is a coding, nor groups).
 */
const clauses = (condition: Condition, scope: ConditionScope): QuestionnaireEnableWhen[] | undefined => {
  switch (condition.op) {
    case 'equals': {
      const entry = earlier(scope, condition.key);
      const rule = entry && equalsRule(scope, entry, condition.value);
      return rule ? [rule] : undefined;
    }
    case 'oneOf': {
      const entry = earlier(scope, condition.key);
      const rules = entry ? condition.values.map((v) => equalsRule(scope, entry, v)) : [];
      return rules.length > 0 && rules.every((r) => r !== undefined) ? rules : undefined;
    }
    case 'includes': {
      const entry = earlier(scope, condition.key);
      if (!entry || entry.answerable.type !== 'multi') return undefined;
      const system = answerSystem(scope.base, scope.proformaId, entry.linkId, 'multi');
      return [{ question: entry.linkId, operator: '=', answerCoding: { system, code: condition.value } }];
    }
    case 'answered': {
      const entry = earlier(scope, condition.key);
      const { type } = entry?.answerable ?? {};
      if (!entry || type === 'multi' || type === 'group') return undefined;
      return [{ question: entry.linkId, operator: 'exists', answerBoolean: true }];
    }
    case 'includesOtherThan':
    case 'all':
    case 'any':
    case 'not':
    case 'compare':
    case 'sex':
    case 'derived':
    case 'levelAtLeast':
      return undefined;
    default:
      return condition satisfies never;
  }
};

const flatten = (condition: Condition, op: 'all' | 'any'): Condition[] =>
  condition.op === op ? condition.of.flatMap((c) => flatten(c, op)) : [condition];

/** The condition as `enableWhen` + `enableBehavior`, or undefined when it needs an expression. */
export const toEnableWhen = (condition: Condition, scope: ConditionScope): EnableWhenRule | undefined => {
  if (condition.op === 'all' || condition.op === 'any') {
    const parts = flatten(condition, condition.op).map((c) => clauses(c, scope));
    if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
    // Under `all`, a part must be one clause (a oneOf of several values would need `any`).
    if (condition.op === 'all' && parts.some((p) => p?.length !== 1)) return undefined;
    const enableWhen = parts.flatMap((p) => p ?? []);
    return enableWhen.length > 1 ? { enableWhen, enableBehavior: condition.op } : { enableWhen };
  }
  const enableWhen = clauses(condition, scope);
  if (!enableWhen) return undefined;
  return enableWhen.length > 1 ? { enableWhen, enableBehavior: 'any' } : { enableWhen };
};
