import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/assess.ts';
import { cseFixtures } from './fixtures.ts';

// Table-driven over every fixture: cse.md worked examples 1–10 (each variant a row) and the
// boundary rows. Each asserts the exact level, the actions present and absent, the rules fired
// and every detail field the example states.

const rows = cseFixtures.map((f) => [`example ${f.example}: ${f.name}`, f] as const);

describe('cse fixtures (cse.md "Worked examples" and boundary rows)', () => {
  it('fixture names are unique clinical scenarios', () => {
    expect(new Set(cseFixtures.map((f) => f.name)).size).toBe(cseFixtures.length);
  });

  it.each(rows)('%s: level', (_, f) => {
    expect(assess('cse', f.answers, f.context).level).toBe(f.expected.level);
  });

  it.each(rows)('%s: actions present and absent', (_, f) => {
    const { actions } = assess('cse', f.answers, f.context);
    expect(actions).toEqual(expect.arrayContaining([...f.expected.actions]));
    for (const code of f.expected.absent ?? []) expect(actions).not.toContain(code);
  });

  it.each(rows)('%s: rules fired (exactly) and every cited rule among them', (_, f) => {
    const { firedRules } = assess('cse', f.answers, f.context);
    expect([...firedRules].sort()).toEqual([...(f.expected.firedRules ?? [])].sort());
    for (const rule of f.rules) expect(firedRules).toContain(rule);
  });

  it.each(rows)('%s: detail fields', (_, f) => {
    const { detail } = assess('cse', f.answers, f.context);
    expect(detail).toMatchObject(f.expected.detail ?? {});
    expect(['NONE', 'LOW', 'MEDIUM', 'HIGH']).toContain(detail['cseRisk']);
    expect(typeof detail['ecDoNotDelay']).toBe('boolean');
  });

  it.each(rows)('%s: exactly one band rule (C-R2, C-R3, C-R4 or C-R6) fires', (_, f) => {
    const { firedRules } = assess('cse', f.answers, f.context);
    expect(firedRules.filter((r) => ['C-R2', 'C-R3', 'C-R4', 'C-R6'].includes(r))).toHaveLength(1);
  });

  it.each(rows)('%s: C-R7 reason comes first whenever it fires (shown at the top)', (_, f) => {
    const { firedRules, reasons } = assess('cse', f.answers, f.context);
    if (!firedRules.includes('C-R7')) return expect(reasons[0]).not.toMatch(/^Give emergency contraception/);
    expect(reasons[0]).toMatch(/^Give emergency contraception now if it is clinically indicated\./);
  });
});
