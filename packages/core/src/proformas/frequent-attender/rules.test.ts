import { describe, expect, it } from 'vitest';
import { completionIssues } from '../../model/completion.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { frequentAttender } from './definition.ts';
import { frequentAttenderFixtures } from './fixtures.ts';

// Table-driven over every fixture: the worked examples of frequent-attender.md (with variants) and
// the boundary rows. Targeted clause tests live in rules.clauses.test.ts.

const run = (fixture: (typeof frequentAttenderFixtures)[number]) =>
  evaluateProforma(frequentAttender, fixture.answers, fixture.context);

describe('frequent-attender worked examples and boundary rows', () => {
  it.each(frequentAttenderFixtures.map((f) => [`#${f.example} ${f.rules.join('+')}: ${f.name}`, f] as const))(
    '%s',
    (_title, fixture) => {
      const evaluation = run(fixture);
      expect(evaluation.level).toBe(fixture.expected.level);
      expect(evaluation.actions).toEqual(expect.arrayContaining([...fixture.expected.actions]));
      for (const absent of fixture.expected.absent ?? []) expect(evaluation.actions).not.toContain(absent);
      expect(evaluation.firedRules).toEqual(fixture.expected.firedRules);
      expect(evaluation.detail).toEqual(fixture.expected.detail);
      expect(evaluation.actions).not.toContain('ROUTINE_SUMMARY');
    },
  );

  it.each(frequentAttenderFixtures.map((f) => [f.name, f] as const))(
    'completion matches the fixture’s `complete` mark: %s',
    (_name, fixture) => {
      const evaluation = run(fixture);
      const issues = completionIssues(frequentAttender, evaluation, fixture.context);
      expect(issues.length === 0).toBe(fixture.complete === true);
    },
  );

  it('the fixtures hold a complete green (NO_CONCERN) scenario and a complete one at the most severe level (REFER)', () => {
    const complete = frequentAttenderFixtures.filter((f) => f.complete);
    expect(complete.some((f) => f.expected.level === 'NO_CONCERN')).toBe(true);
    expect(complete.some((f) => f.expected.level === 'REFER')).toBe(true);
  });

  it('exactly one of FA0–FA3 fires, and it is listed first (Precedence)', () => {
    for (const fixture of frequentAttenderFixtures) {
      const fired = run(fixture).firedRules;
      expect(fired.filter((id) => /^FA[0-3]$/.test(id))).toHaveLength(1);
      expect(fired[0]).toMatch(/^FA[0-3]$/);
      const extra = fired.slice(1);
      expect(extra).toEqual(['FA-U', 'FA-P', 'FA-J'].filter((id) => extra.includes(id)));
    }
  });
});
