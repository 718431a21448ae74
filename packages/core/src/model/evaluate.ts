import type { Age } from './age.ts';
import type { SafeguardingConfig } from './config.ts';
import type { Condition, Operand, Comparator } from './condition.ts';
import type { Sex } from './context.ts';
import { levelAtLeast, type Level } from './levels.ts';

/** Everything a condition can read. */
export interface ConditionEnv {
  answers: Readonly<Record<string, unknown>>;
  derived: Readonly<Record<string, unknown>>;
  config: SafeguardingConfig;
  age: Age | undefined;
  sex: Sex;
  level: Level;
}

export const isAnswered = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

const operandValue = (o: Operand, env: ConditionEnv): number | undefined => {
  if ('age' in o) return env.age?.[o.age];
  if ('config' in o) return env.config[o.config];
  if ('value' in o) return o.value;
  const raw = 'key' in o ? env.answers[o.key] : env.derived[o.derived];
  return typeof raw === 'number' ? raw : undefined;
};

const compare = (left: number, cmp: Comparator, right: number): boolean => {
  switch (cmp) {
    case 'lt':
      return left < right;
    case 'le':
      return left <= right;
    case 'gt':
      return left > right;
    case 'ge':
      return left >= right;
    case 'eq':
      return left === right;
    default:
      return cmp satisfies never;
  }
};

/** Evaluate a condition. Anything unanswered or unknown makes a comparison false. */
export const evaluateCondition = (condition: Condition, env: ConditionEnv): boolean => {
  switch (condition.op) {
    case 'equals':
      return env.answers[condition.key] === condition.value;
    case 'oneOf': {
      const value = env.answers[condition.key];
      return typeof value === 'string' && condition.values.includes(value);
    }
    case 'includes': {
      const value = env.answers[condition.key];
      return Array.isArray(value) && value.includes(condition.value);
    }
    case 'includesOtherThan': {
      const value = env.answers[condition.key];
      return Array.isArray(value) && value.some((v) => !condition.values.includes(v as string));
    }
    case 'answered':
      return isAnswered(env.answers[condition.key]);
    case 'all':
      return condition.of.every((c) => evaluateCondition(c, env));
    case 'any':
      return condition.of.some((c) => evaluateCondition(c, env));
    case 'not':
      return !evaluateCondition(condition.of, env);
    case 'compare': {
      const left = operandValue(condition.left, env);
      const right = operandValue(condition.right, env);
      return left !== undefined && right !== undefined && compare(left, condition.cmp, right);
    }
    case 'sex':
      return condition.in.includes(env.sex);
    case 'derived':
      return env.derived[condition.name] === true;
    case 'levelAtLeast':
      return levelAtLeast(env.level, condition.level);
    default:
      return condition satisfies never;
  }
};
