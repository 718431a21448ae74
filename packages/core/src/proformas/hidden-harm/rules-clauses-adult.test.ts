import { describe, expect, it } from 'vitest';
import { dash, disclosedVictim } from './fixtures-build.ts';
import { firingOf, oneChild, run, withConfig } from './rules-clauses.testing.ts';
import { DASH_SCORED_KEYS, type HiddenHarmAnswers } from './schema.ts';

// Targeted clause tests for hidden-harm.md A-R6 to A-R10 beyond the fixtures table.

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
