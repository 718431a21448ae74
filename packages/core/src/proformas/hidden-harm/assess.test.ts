import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/assess.ts';
import { assessEncounter } from '../../engine/assessEncounter.ts';
import { describeActions } from '../../engine/describeActions.ts';
import { hiddenHarmFixtures } from './fixtures.ts';

// The public contract (domain/README.md): assess, assessEncounter and describeActions through the
// registry, for the hidden-harm form.

describe('hidden-harm through the public API', () => {
  it.each(hiddenHarmFixtures.map((f) => [`example ${f.example}: ${f.name}`, f] as const))(
    'assess and assessEncounter agree with the fixture: %s',
    (_title, f) => {
      const assessment = assess('hidden-harm', f.answers, f.context);
      expect(assessment).toMatchObject({ proforma: 'hidden-harm', level: f.expected.level });
      expect(assessment.firedRules).toEqual(f.expected.firedRules);
      const encounter = assessEncounter({ 'hidden-harm': f.answers }, f.context);
      expect(encounter.level).toBe(f.expected.level);
      expect(encounter.actions).toEqual(assessment.actions);
      expect(encounter.forms['hidden-harm']?.detail).toEqual(assessment.detail);
    },
  );

  it('describeActions labels every action of example 10, with 999 "now"', () => {
    const f = hiddenHarmFixtures.find((x) => x.example === '10');
    if (!f) throw new Error('no example 10');
    const items = describeActions(assess('hidden-harm', f.answers, f.context), f.context);
    expect(items.map((i) => i.code)).toEqual(assess('hidden-harm', f.answers, f.context).actions);
    expect(items[0]).toMatchObject({ code: 'POLICE_999', timing: 'now' });
    for (const item of items) expect(item.label.length).toBeGreaterThan(10);
  });
});
