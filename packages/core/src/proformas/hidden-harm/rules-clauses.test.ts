import { describe, expect, it } from 'vitest';
import type { AssessmentContext } from '../../model/context.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { hiddenHarm } from './definition.ts';
import { adult, answers, bornYearsAgo, child, dash, disclosedVictim, inCare } from './fixtures-build.ts';
import { DASH_SCORED_KEYS, type HiddenHarmAnswers } from './schema.ts';

// Targeted clause tests for hidden-harm.md "Rules" beyond the fixtures table.

const run = (patch: Partial<HiddenHarmAnswers>, context: AssessmentContext = adult(30, 'female')) =>
  evaluateProforma(hiddenHarm, answers(patch), context);
const firingOf = (patch: Partial<HiddenHarmAnswers>, rule: string, context?: AssessmentContext) =>
  run(patch, context).firings.filter((f) => f.rule === rule);
const withConfig = (config: AssessmentContext['config']): AssessmentContext => ({
  ...adult(30, 'female'),
  config,
});
const oneChild = (years: number, patch: Parameters<typeof child>[2] = {}): Partial<HiddenHarmAnswers> => ({
  childrenUnder18: 'yes',
  children: [child('Leo Example', bornYearsAgo(years), patch)],
  ...inCare('With his father.'),
});

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

describe('A-R6 DASH and MARAC', () => {
  const disclosed = (patch: Partial<HiddenHarmAnswers>) => ({
    presentingReasons: ['domestic-abuse' as const],
    ...disclosedVictim(patch),
  });
  it('unknown scores 0, DASH3.1 never scores, and dashScore is 0–24', () => {
    const all = dash(['dashInjured', 'dashFrightened']);
    const evaluation = run(disclosed({ ...all, dashIsolated: 'unknown', dashFearsDetail: 'Everything' }));
    expect(evaluation.detail['dashScore']).toBe(2);
    const every = run(disclosed(dash(DASH_SCORED_KEYS)));
    expect(every.detail['dashScore']).toBe(24);
  });
  it('dashScore is absent when the DASH was not agreed, even if answers were left behind', () => {
    const evaluation = run(disclosed({ ...dash(['dashInjured']), dashAgreed: 'no' }));
    expect(evaluation.detail).not.toHaveProperty('dashScore');
    expect(evaluation.answers).not.toHaveProperty('dashInjured');
  });
  it('all three routes, in the spec order; (a) excludes (b)', () => {
    const yes = DASH_SCORED_KEYS.slice(0, 15);
    const evaluation = run(
      disclosed({ ...dash(yes), professionalJudgementHigh: 'yes', incidentsLast12Months: 5 }),
    );
    expect(evaluation.detail['maracRoutes']).toEqual([
      'visible-high-risk',
      'professional-judgement',
      'potential-escalation',
    ]);
    expect(evaluation.firings.filter((f) => f.rule === 'A-R6').map((f) => f.clause)).toEqual(['a']);
  });
  it('dashMaracThreshold and maracEscalationIncidents are site settings', () => {
    const config = withConfig({ dashMaracThreshold: 2, maracEscalationIncidents: 6 });
    const evaluation = run(
      disclosed({ ...dash(['dashInjured', 'dashFrightened']), incidentsLast12Months: 5 }),
      config,
    );
    expect(evaluation.detail['maracRoutes']).toEqual(['visible-high-risk']);
  });
  it('pjPrompt follows weapons, threats to kill, strangulation or danger now, and never sets DASH-PJ', () => {
    const evaluation = run(disclosed({ ...dash(['dashStrangulation']), professionalJudgementHigh: 'no' }));
    expect(evaluation.derived['pjPrompt']).toBe(true);
    expect(evaluation.detail['maracRoutes']).toEqual([]);
  });
  it('a perpetrator is offered a service in private; no DASH offered (NOTIFY, [PROJECT RULE])', () => {
    const evaluation = run(disclosed({ domesticAbuseRole: 'perpetrator', dashAgreed: 'yes' }));
    const [f] = evaluation.firings.filter((x) => x.rule === 'A-R6');
    expect(f).toMatchObject({
      clause: 'b',
      level: 'NOTIFY',
      status: 'project-rule',
      actions: ['IDVA_OR_DA_SERVICE'],
    });
    expect(f?.reason).toContain('people who harm');
    expect(evaluation.shown.has('dashAgreed')).toBe(false);
  });
  it('not safe to talk: the DASH is not offered and the offer waits for a private moment', () => {
    const evaluation = run({ ...disclosed({}), safeToTalkNow: 'no' });
    expect(evaluation.shown.has('dashAgreed')).toBe(false);
    expect(evaluation.reasons.find((r) => r.includes('alone'))).toContain(
      'make the offer only when they are alone',
    );
  });
});

describe('A-R7, A-R8, A-R9, A-R10', () => {
  it('A-R7: a dependant cared for safely, or H3b unknown, fires nothing', () => {
    expect(
      firingOf(
        { otherDependants: 'yes', dependantCaredForNow: 'yes', patientAdultAtRisk: 'unknown' },
        'A-R7',
      ),
    ).toEqual([]);
  });
  it('A-R8: intoxication alone brings no mental-health review', () => {
    expect(run({ presentingReasons: ['intoxication'] }).actions).not.toContain('MENTAL_HEALTH_REVIEW');
  });
  it.each([
    ['cpp', true],
    ['lac', true],
    ['cin', true],
    ['none', false],
    ['not-available', false],
  ] as const)('A-R9: cpisStatus %s → fires %s', (cpisStatus, fires) => {
    const fired = firingOf({ presentingReasons: ['other'], ...oneChild(6, { cpisStatus }) }, 'A-R9');
    expect(fired.map((f) => f.level)).toEqual(fires ? ['NOTIFY'] : []);
  });
  it('A-R9 with A-R3 (not A-R4) stays a NOTIFY firing; the form is REFER through A-R3', () => {
    const evaluation = run({ presentingReasons: ['domestic-abuse'], ...oneChild(6, { cpisStatus: 'lac' }) });
    expect(evaluation.firings.find((f) => f.rule === 'A-R9')?.level).toBe('NOTIFY');
    expect(evaluation.level).toBe('REFER');
  });
  it('A-R10: an unborn child shares the danger → MASH referral; [PROJECT RULE]', () => {
    const [f] = firingOf(
      {
        presentingReasons: ['domestic-abuse'],
        pregnant: 'yes',
        pregnantPerson: 'patient',
        adultImmediateDanger: 'yes',
      },
      'A-R10',
    );
    expect(f).toMatchObject({
      level: 'EMERGENCY',
      status: 'project-rule',
      actions: ['POLICE_999', 'INFORM_SAFEGUARDING_LEAD', 'MASH_REFERRAL'],
    });
  });
  it('A-R10 needs the domestic-abuse factor for H12f to be shown', () => {
    expect(run({ presentingReasons: ['assault'], adultImmediateDanger: 'yes' }).firedRules).not.toContain(
      'A-R10',
    );
  });
});
