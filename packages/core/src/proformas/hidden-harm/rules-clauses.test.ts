import { describe, expect, it } from 'vitest';
import { firingOf, oneChild, run, withConfig } from './rules-clauses.testing.ts';
import type { HiddenHarmAnswers } from './schema.ts';

// Targeted clause tests for hidden-harm.md A-R1 to A-R4 beyond the fixtures table.

describe('A-R1 No dependants', () => {
  it('fires when H1, H2, H3 and H7 are all no', () => {
    expect(firingOf({ presentingReasons: ['other'] }, 'A-R1')).toHaveLength(1);
  });
  it.each(['childrenUnder18', 'pregnant', 'otherDependants', 'intentToHarmChild'] as const)(
    'a blank %s never satisfies it',
    (key) => expect(firingOf({ [key]: undefined }, 'A-R1')).toEqual([]),
  );
  it('not with unsupervised or overnight contact elsewhere', () => {
    const patch = {
      otherChildrenElsewhere: 'yes',
      contactWithChildrenElsewhere: 'unsupervised-or-overnight',
    } as const;
    expect(firingOf(patch, 'A-R1')).toEqual([]);
  });
  it('SAFER READING: not while H1b is yes and the contact (H1b.1) is blank', () => {
    expect(firingOf({ otherChildrenElsewhere: 'yes' }, 'A-R1')).toEqual([]);
    expect(
      firingOf({ otherChildrenElsewhere: 'yes', contactWithChildrenElsewhere: 'none' }, 'A-R1'),
    ).toHaveLength(1);
  });
});

describe('A-R2 Child in immediate danger', () => {
  it('H5 yes → EMERGENCY with 999, MASH and the lead', () => {
    const evaluation = run({ ...oneChild(8), childWithoutSafeAdult: 'yes' });
    expect(evaluation.level).toBe('EMERGENCY');
    expect(evaluation.firings.find((f) => f.rule === 'A-R2')).toMatchObject({
      clause: 'childWithoutSafeAdult',
      actions: ['POLICE_999', 'MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD'],
    });
    expect(evaluation.firedRules).not.toContain('A-R4');
  });
  it('the age limbs are [PROJECT RULE] and name the child', () => {
    const [f] = firingOf(oneChild(9, { whoCaringNow: 'alone' }), 'A-R2');
    expect(f).toMatchObject({ clause: 'childAloneYoung', status: 'project-rule' });
    expect(f?.reason).toContain('Leo Example (aged 9)');
  });
  it('childAloneEmergencyAgeYears is a site setting', () => {
    const patch = oneChild(12, { whoCaringNow: 'alone' });
    expect(run(patch).level).not.toBe('EMERGENCY');
    expect(run(patch, withConfig({ childAloneEmergencyAgeYears: 13 })).level).toBe('EMERGENCY');
  });
  it('childAloneOvernightEmergencyAgeYears is a site setting', () => {
    const patch = oneChild(15, { whoCaringNow: 'alone', aloneOvernight: 'yes' });
    expect(run(patch, withConfig({ childAloneOvernightEmergencyAgeYears: 15 })).firedRules).not.toContain(
      'A-R2',
    );
  });
  it('an alone child with no date of birth yet does not fire an age limb (an unanswered input fires nothing)', () => {
    const patch: Partial<HiddenHarmAnswers> = {
      childrenUnder18: 'yes',
      children: [{ name: 'Leo', whoCaringNow: 'alone' }],
    };
    expect(firingOf(patch, 'A-R2')).toEqual([]);
  });
  it('H7 yes and H7a no: A-R3 (i) only, REFER', () => {
    const evaluation = run({ intentToHarmChild: 'yes', childAccessibleToPatient: 'no' });
    expect(evaluation.level).toBe('REFER');
    expect(evaluation.firings.map((f) => `${f.rule}:${f.clause}`)).toEqual(['A-R3:i']);
  });
  it('an answer to H5 that is hidden (no child in care) is ignored', () => {
    expect(run({ childWithoutSafeAdult: 'yes' }).firedRules).not.toContain('A-R2');
  });
});

describe('A-R3 and A-R4: household factors', () => {
  it('two factors from the household answers alone → A-R3 (ii), not A-R4', () => {
    const evaluation = run({
      presentingReasons: ['other'],
      ...oneChild(6),
      householdSubstanceMisuse: 'yes',
      householdMentalHealth: 'yes',
    });
    expect(evaluation.firings.map((f) => `${f.rule}:${f.clause}`)).toEqual(['A-R3:ii']);
    expect(evaluation.derived['factorCount']).toBe(2);
  });
  it('unknown never counts as a factor: one factor → A-R4 DISCUSS', () => {
    const evaluation = run({
      presentingReasons: ['mental-health'],
      ...oneChild(6),
      householdSubstanceMisuse: 'unknown',
      householdDomesticAbuse: 'unknown',
    });
    expect(evaluation.firedRules).toEqual(['A-R4', 'A-R8']);
    expect(evaluation.level).toBe('DISCUSS');
  });
  it('no factor and no witness: neither A-R3 nor A-R4', () => {
    expect(run({ presentingReasons: ['other'], ...oneChild(6) }).firedRules).toEqual([]);
  });
  it('childrenWitnessed unknown does not score (open question)', () => {
    expect(run({ presentingReasons: ['other'], ...oneChild(6), childrenWitnessed: 'unknown' }).level).toBe(
      'NO_CONCERN',
    );
  });
  it('A-R4 excludes A-R5 (children elsewhere too)', () => {
    const evaluation = run({
      presentingReasons: ['intoxication'],
      ...oneChild(6),
      otherChildrenElsewhere: 'yes',
      contactWithChildrenElsewhere: 'none',
    });
    expect(evaluation.firedRules).toEqual(['A-R4']);
  });
});
