import { describe, expect, it } from 'vitest';
import { completionIssues } from '../../model/completion.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { fgm } from './definition.ts';
import { fgmFixtures } from './fixtures.ts';

// fgm.md "Worked examples" and boundary rows, table-driven over fixtures.ts.
const evaluate = (fixture: (typeof fgmFixtures)[number]) =>
  evaluateProforma(fgm, fixture.answers, fixture.context);
const rows = fgmFixtures.map(
  (f) => [`example ${f.example} (${f.rules.join(', ') || 'no rule'}): ${f.name}`, f] as const,
);

describe('fgm worked examples (fgm.md "Worked examples")', () => {
  it.each(rows)('%s: level', (_, fixture) => {
    expect(evaluate(fixture).level).toBe(fixture.expected.level);
  });

  it.each(rows)('%s: listed actions present, absent ones absent', (_, fixture) => {
    const { actions } = evaluate(fixture);
    expect(actions).toEqual(expect.arrayContaining([...fixture.expected.actions]));
    for (const code of fixture.expected.absent ?? []) expect(actions).not.toContain(code);
  });

  it.each(rows)('%s: fired rules', (_, fixture) => {
    expect(evaluate(fixture).firedRules).toEqual(fixture.expected.firedRules ?? fixture.rules);
  });

  it.each(rows)('%s: every detail field the example states', (_, fixture) => {
    expect(evaluate(fixture).detail).toMatchObject(fixture.expected.detail ?? {});
  });

  it.each(rows)('%s: complete exactly when marked complete', (_, fixture) => {
    const issues = completionIssues(fgm, evaluate(fixture), fixture.context);
    expect(issues.length === 0, JSON.stringify(issues)).toBe(fixture.complete === true);
  });

  it.each(rows)('%s: FGM_IS_ADD_INDICATOR once if and only if fgmIs.add is not empty', (_, fixture) => {
    const evaluation = evaluate(fixture);
    const add = (evaluation.detail['fgmIs'] as { add: unknown[] }).add;
    expect(evaluation.actions.filter((a) => a === 'FGM_IS_ADD_INDICATOR')).toHaveLength(
      add.length > 0 ? 1 : 0,
    );
  });
});

describe('fgm detail (fgm.md "Derived values" **detail**)', () => {
  it.each(rows)('%s: has exactly the fields fgm.md defines', (_, fixture) => {
    const detail = evaluate(fixture).detail as Record<string, Record<string, unknown>>;
    expect(Object.keys(detail).sort()).toEqual(
      ['daysToPlanned', 'fgmIs', 'fgmSubtype', 'fgmType', 'girlsSaidToHaveFgm', 'imminent', 's5b'].sort(),
    );
    expect(Object.keys(detail['s5b'] ?? {}).sort()).toEqual(
      ['basis', 'dueBy', 'identifiedOn', 'latestBy', 'reporters', 'status'].sort(),
    );
    expect(Object.keys(detail['fgmIs'] ?? {}).sort()).toEqual(['add', 'notAdded', 'unbornGirl']);
  });
});
