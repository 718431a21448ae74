import { describe, expect, it } from 'vitest';
import { completionIssues } from '../../model/completion.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { hiddenHarm } from './definition.ts';
import { hiddenHarmFixtures } from './fixtures.ts';

// Table-driven over every fixture: the worked examples of hidden-harm.md (each variant), the
// threshold rows and the clause scenarios.

const run = (fixture: (typeof hiddenHarmFixtures)[number]) =>
  evaluateProforma(hiddenHarm, fixture.answers, fixture.context);

describe('hidden-harm fixtures', () => {
  it.each(hiddenHarmFixtures.map((f) => [`example ${f.example}: ${f.name}`, f] as const))(
    '%s → level, actions and rules',
    (_title, fixture) => {
      const evaluation = run(fixture);
      expect(evaluation.level).toBe(fixture.expected.level);
      expect(evaluation.actions).toEqual(expect.arrayContaining([...fixture.expected.actions]));
      for (const absent of fixture.expected.absent ?? []) expect(evaluation.actions).not.toContain(absent);
      expect(evaluation.firedRules).toEqual(fixture.expected.firedRules);
      for (const rule of fixture.rules) expect(evaluation.firedRules).toContain(rule);
      expect(evaluation.reasons).toHaveLength(evaluation.firings.length);
      for (const reason of evaluation.reasons) expect(reason).toMatch(/^[A-Z].*[.]$/s);
    },
  );

  it.each(
    hiddenHarmFixtures
      .filter((f) => f.expected.detail)
      .map((f) => [`example ${f.example}: ${f.name}`, f] as const),
  )('%s → every detail field it states', (_title, fixture) => {
    const { detail } = run(fixture);
    for (const [key, value] of Object.entries(fixture.expected.detail ?? {})) {
      if (value === undefined) expect(detail).not.toHaveProperty(key);
      else expect(detail[key]).toEqual(value);
    }
  });

  it.each(hiddenHarmFixtures.map((f) => [`example ${f.example}: ${f.name}`, f] as const))(
    '%s → completion matches its `complete` flag',
    (_title, fixture) => {
      const issues = completionIssues(hiddenHarm, run(fixture), fixture.context);
      expect(issues.map((i) => i.message)).toEqual(
        fixture.complete ? [] : expect.arrayContaining([expect.any(String)]),
      );
    },
  );

  it('detail always has maracRoutes and householdFactors, and only those keys besides dashScore', () => {
    for (const fixture of hiddenHarmFixtures) {
      const keys = Object.keys(run(fixture).detail).sort();
      expect(keys.filter((k) => k !== 'dashScore')).toEqual(['householdFactors', 'maracRoutes']);
    }
  });

  it('actions are deduplicated and most urgent first', () => {
    const ex10 = hiddenHarmFixtures.find((f) => f.example === '10');
    expect(ex10 && run(ex10).actions).toEqual([
      'POLICE_999',
      'MASH_REFERRAL',
      'MARAC_REFERRAL',
      'INFORM_SAFEGUARDING_LEAD',
      'IDVA_OR_DA_SERVICE',
      'NOTIFY_GP',
      'NOTIFY_HV',
    ]);
  });

  it('ROUTINE_SUMMARY only at NO_CONCERN (Precedence 3)', () => {
    for (const fixture of hiddenHarmFixtures) {
      const evaluation = run(fixture);
      expect(evaluation.actions.includes('ROUTINE_SUMMARY')).toBe(evaluation.level === 'NO_CONCERN');
    }
  });
});
