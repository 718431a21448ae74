import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/assess.ts';
import { ACTION_CODES, sortActions } from '../../model/actions.ts';
import { paediatricTriageFixtures } from './fixtures.ts';
import { runFixture } from './testing.ts';

// paediatric-triage.md "Worked examples" and every boundary / rule scenario, table-driven:
// exact level, every listed action present, every "not" action absent, firedRules and detail.

const title = (f: (typeof paediatricTriageFixtures)[number]) =>
  `${f.example} ${f.rules.join(' ')}: ${f.name}`;
const cases = paediatricTriageFixtures.map((f) => [title(f), f] as const);

describe.each(cases)('%s', (_title, fixture) => {
  // Run inside each test (not when the suite is collected), so every test covers the rules it checks.
  const run = () => runFixture(fixture);

  it(`is ${fixture.expected.level}`, () => {
    expect(run().level).toBe(fixture.expected.level);
  });

  it('has every listed action and none of the "not" actions', () => {
    expect(run().actions).toEqual(expect.arrayContaining([...fixture.expected.actions]));
    for (const absent of fixture.expected.absent ?? []) expect(run().actions).not.toContain(absent);
  });

  it('lists its actions once each, most urgent first', () => {
    expect(run().actions).toEqual(sortActions(run().actions));
    for (const action of run().actions) expect(ACTION_CODES).toContain(action);
  });

  const { firedRules, detail } = fixture.expected;
  if (firedRules) {
    it(`fires exactly ${firedRules.join(', ')}`, () => {
      expect([...run().triage.firedRules].sort()).toEqual([...firedRules].sort());
    });
  }

  if (detail) {
    it('has the listed detail', () => {
      expect(run().triage.detail).toMatchObject(detail);
    });
  }

  it('always sets the detail every assessment carries', () => {
    expect(Object.keys(run().triage.detail)).toEqual(
      expect.arrayContaining(['ageYears', 'ageMonths', 'nonMobile', 'notifyService', 'cpFlag']),
    );
  });

  it('gives one plain-English sentence per fired clause', () => {
    expect(run().triage.reasons.length).toBeGreaterThanOrEqual(run().triage.firedRules.length);
    for (const reason of run().triage.reasons) expect(reason).toMatch(/^[A-Z].{30,}[.)]$/);
  });

  if (fixture.otherForms) {
    it(`is ${fixture.expected.formLevel ?? fixture.expected.level} when the triage is assessed alone`, () => {
      const alone = assess('paediatric-triage', fixture.answers, fixture.context);
      expect(alone.level).toBe(fixture.expected.formLevel ?? fixture.expected.level);
    });
  }
});
