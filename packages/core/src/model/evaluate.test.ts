import { describe, expect, it } from 'vitest';
import { conditionBuilders, conditionReads } from './condition.ts';
import { DEFAULT_CONFIG, resolveConfig } from './config.ts';
import { evaluateCondition, type ConditionEnv } from './evaluate.ts';

type Key = 'a' | 'b' | 'many' | 'n';
const c = conditionBuilders<Key, 'flag'>();
const env = (answers: Record<string, unknown>, extra: Partial<ConditionEnv> = {}): ConditionEnv => ({
  answers,
  derived: { flag: true, count: 3 },
  config: DEFAULT_CONFIG,
  age: { years: 4, months: 50 },
  sex: 'female',
  level: 'DISCUSS',
  ...extra,
});

describe('evaluateCondition', () => {
  it('reads answers: equals, oneOf, includes, includesOtherThan, answered', () => {
    expect(evaluateCondition(c.eq('a', 'yes'), env({ a: 'yes' }))).toBe(true);
    expect(evaluateCondition(c.eq('a', 'yes'), env({ a: 'no' }))).toBe(false);
    expect(evaluateCondition(c.oneOf('a', ['x', 'y']), env({ a: 'y' }))).toBe(true);
    expect(evaluateCondition(c.oneOf('a', ['x', 'y']), env({}))).toBe(false);
    expect(evaluateCondition(c.has('many', 'x'), env({ many: ['x'] }))).toBe(true);
    expect(evaluateCondition(c.has('many', 'x'), env({ many: [] }))).toBe(false);
    expect(evaluateCondition(c.hasOtherThan('many', ['none']), env({ many: ['none'] }))).toBe(false);
    expect(evaluateCondition(c.hasOtherThan('many', ['none']), env({ many: ['weapon'] }))).toBe(true);
    expect(evaluateCondition(c.answered('many'), env({ many: [] }))).toBe(false);
    expect(evaluateCondition(c.answered('b'), env({ b: '' }))).toBe(false);
    expect(evaluateCondition(c.answered('n'), env({ n: 0 }))).toBe(true);
  });

  it('combines with all, any, not', () => {
    const both = c.all(c.eq('a', 'yes'), c.eq('b', 'yes'));
    expect(evaluateCondition(both, env({ a: 'yes', b: 'yes' }))).toBe(true);
    expect(evaluateCondition(both, env({ a: 'yes' }))).toBe(false);
    expect(evaluateCondition(c.any(c.eq('a', 'yes'), c.eq('b', 'yes')), env({ b: 'yes' }))).toBe(true);
    expect(evaluateCondition(c.not(c.eq('a', 'yes')), env({}))).toBe(true);
  });

  it('compares ages with constants and config thresholds, at the boundary', () => {
    expect(evaluateCondition(c.ageYears('lt', 5), env({}))).toBe(true);
    expect(evaluateCondition(c.ageYears('ge', 5), env({}))).toBe(false);
    expect(
      evaluateCondition(c.ageMonths('ge', 'nonMobileUnderMonths'), env({}, { age: { years: 0, months: 6 } })),
    ).toBe(true);
    expect(
      evaluateCondition(c.ageMonths('ge', 'nonMobileUnderMonths'), env({}, { age: { years: 0, months: 5 } })),
    ).toBe(false);
    const siteConfig = resolveConfig({ nonMobileUnderMonths: 9 });
    expect(
      evaluateCondition(
        c.ageMonths('lt', 'nonMobileUnderMonths'),
        env({}, { age: { years: 0, months: 8 }, config: siteConfig }),
      ),
    ).toBe(true);
    expect(evaluateCondition(c.compare({ key: 'n' }, 'gt', { value: 50 }), env({ n: 51 }))).toBe(true);
    expect(evaluateCondition(c.compare({ key: 'n' }, 'gt', { value: 50 }), env({ n: 50 }))).toBe(false);
    expect(evaluateCondition(c.compare({ key: 'n' }, 'gt', { value: 50 }), env({}))).toBe(false);
    expect(evaluateCondition(c.ageYears('lt', 5), env({}, { age: undefined }))).toBe(false);
  });

  it('reads sex, boolean derived values and the encounter level', () => {
    expect(evaluateCondition(c.sexIn('female', 'unknown'), env({}))).toBe(true);
    expect(evaluateCondition(c.sexIn('male'), env({}))).toBe(false);
    expect(evaluateCondition(c.derived('flag'), env({}))).toBe(true);
    expect(evaluateCondition(c.derived('flag'), env({}, { derived: { flag: 'yes' } }))).toBe(false);
    expect(evaluateCondition(c.levelAtLeast('DISCUSS'), env({}))).toBe(true);
    expect(evaluateCondition(c.levelAtLeast('REFER'), env({}))).toBe(false);
  });

  it('lists the keys and derived names a condition reads', () => {
    const cond = c.all(
      c.eq('a', 'yes'),
      c.not(c.derived('flag')),
      c.compare({ key: 'n' }, 'ge', { config: 'dashMaracThreshold' }),
    );
    expect(conditionReads(cond)).toEqual({ keys: ['a', 'n'], derived: ['flag'] });
  });
});

describe('resolveConfig', () => {
  it('applies a site override and keeps every other default', () => {
    const config = resolveConfig({ healthVisitorUnderYears: 4 });
    expect(config.healthVisitorUnderYears).toBe(4);
    expect(config.infantHeadMarkOverMm).toBe(50);
    expect(config.faEscalatingReasons).toEqual(['self-harm', 'intoxication', 'assault', 'sexual-assault']);
    expect(resolveConfig(undefined)).toEqual(DEFAULT_CONFIG);
  });
});
