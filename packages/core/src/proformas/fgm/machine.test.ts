import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { AssessmentContext } from '../../model/context.ts';
import { flowStateOf, type ProformaMachineEvent } from '../../model/machine.ts';
import { fgmContext, girl, GIRL_UNSTATED, person, WOMAN_UNSTATED } from './fixtures-builder.ts';
import { fgmFixtures } from './fixtures.ts';
import { fgmMachine } from './machine.ts';
import type { FgmAnswers } from './schema.ts';

// fgm.md "Flow" on the shared statechart: phases, the emergency interrupt, hidden answers, sign-off.
const GIRL_11 = fgmContext('2014-02-01', '2025-06-06T10:00:00+01:00');
const WOMAN = fgmContext('1985-01-15', '2025-04-10T10:00:00+01:00');
const start = (context: AssessmentContext, answers: Partial<FgmAnswers> = {}) =>
  createActor(fgmMachine, { input: { context, answers } }).start();
type Actor = ReturnType<typeof start>;
const flow = (actor: Actor) => flowStateOf(actor.getSnapshot().value);
const send = (actor: Actor, ...events: ProformaMachineEvent[]) => events.forEach((e) => actor.send(e));
const next: ProformaMachineEvent = { type: 'phase.next' };
const merge = (answers: Partial<FgmAnswers>): ProformaMachineEvent => ({ type: 'answers.merged', answers });
const SIGN: ProformaMachineEvent = {
  type: 'outcome.sign',
  name: 'Dr Sign Example',
  role: 'ENP',
  at: '2025-06-06T11:00:00+01:00',
};

describe('fgm statechart: phases (fgm.md "Flow")', () => {
  it('a girl: screen → has FGM happened → family → risk to girls → reviewing (adult woman skipped)', () => {
    const actor = start(GIRL_11);
    const visited = [flow(actor)];
    for (let i = 0; i < 4; i++) {
      actor.send(next);
      visited.push(flow(actor));
    }
    expect(visited).toEqual(['screen', 'hasFgmHappened', 'family', 'riskToGirls', 'reviewing']);
    expect(actor.getSnapshot().hasTag('risk.no_concern')).toBe(true);
  });

  it('a woman with FGM: screen → adult woman; a woman without FGM or girls: screen → family → reviewing', () => {
    const cut = start(WOMAN, { hasBeenCut: 'yes' });
    cut.send(next);
    expect(flow(cut)).toBe('adultWoman');
    const notCut = start(WOMAN, { hasBeenCut: 'no', hasGirlsInFamily: 'no' });
    send(notCut, next);
    expect(flow(notCut)).toBe('family');
    send(notCut, next);
    expect(flow(notCut)).toBe('reviewing');
  });
});

describe('fgm statechart: the emergency interrupt (F-R3 branch 1)', () => {
  it('is entered the moment imminent travel is recorded, before phase.next, and returns to the same phase', () => {
    const actor = start(GIRL_11, GIRL_UNSTATED);
    send(actor, next, next, next);
    expect(flow(actor)).toBe('riskToGirls');
    actor.send(
      merge({
        otherIndicators: ['mother-had-fgm'],
        travelOrProcedurePlanned: 'yes',
        plannedDate: '2025-06-20',
      }),
    );
    const snapshot = actor.getSnapshot();
    expect(flow(actor)).toBe('escalating');
    expect(snapshot.hasTag('emergency')).toBe(true);
    expect(snapshot.hasTag('risk.emergency')).toBe(true);
    expect(snapshot.hasTag('needsSafeguardingLead')).toBe(true);
    expect(snapshot.context.evaluation.actions[0]).toBe('POLICE_999');
    send(actor, next);
    expect(flow(actor)).toBe('escalating');
    actor.send({ type: 'escalation.acknowledged' });
    expect(flow(actor)).toBe('riskToGirls');
    expect(actor.getSnapshot().context.acknowledged).toEqual(['F-R3:1']);
    actor.send(merge({ cutterOrImminentSign: 'no' }));
    expect(flow(actor)).toBe('riskToGirls');
  });

  it('takes over from the screen too, when a cutter is expected, and goes back there', () => {
    const actor = start(GIRL_11);
    actor.send(merge({ otherIndicators: ['fgm-mentioned'], cutterOrImminentSign: 'yes' }));
    expect(flow(actor)).toBe('escalating');
    actor.send({ type: 'escalation.acknowledged' });
    expect(flow(actor)).toBe('screen');
    expect(actor.getSnapshot().hasTag('risk.emergency')).toBe(true);
  });
});

describe('fgm statechart: context', () => {
  it('clears answers that become hidden, down a chain and inside a row', () => {
    const actor = start(fgmContext('2009-07-07', '2025-01-31T18:45:00+00:00'), {
      girlDisclosed: 'yes',
      girlDisclosureWords: 'I was cut.',
      identifiedBy: [person('Jo', 'nurse', 'nmc', 'heard', { policeReferenceNumber: 'SYN-9' })],
    });
    expect(actor.getSnapshot().hasTag('alert.s5bDuty')).toBe(true);
    actor.send(
      merge({
        identifiedBy: [person('Jo', 'nurse', 'not-regulated', 'heard', { policeReferenceNumber: 'SYN-9' })],
      }),
    );
    expect(actor.getSnapshot().context.answers['identifiedBy']).toEqual([
      { name: 'Jo', profession: 'nurse', regulator: 'not-regulated', heardOrSaw: 'heard' },
    ]);
    actor.send({ type: 'answer.changed', key: 'girlDisclosed', value: 'no' });
    const { answers } = actor.getSnapshot().context;
    expect(answers).not.toHaveProperty('girlDisclosureWords');
    expect(answers).not.toHaveProperty('identifiedBy');
    expect(actor.getSnapshot().hasTag('alert.s5bDuty')).toBe(false);
  });

  it('raises the panels as tags: third party only, reinfibulation, FGM-IS on record', () => {
    const child = start(GIRL_11, { thirdPartyReport: 'yes', fgmIsIndicatorFound: 'yes' });
    expect(child.getSnapshot().hasTag('alert.thirdPartyOnly')).toBe(true);
    expect(child.getSnapshot().hasTag('alert.fgmIsOnRecord')).toBe(true);
    const woman = start(WOMAN, { hasBeenCut: 'yes', partOneIndicators: ['requests-reinfibulation'] });
    expect(woman.getSnapshot().hasTag('alert.reinfibulationUnlawful')).toBe(true);
    expect(woman.getSnapshot().hasTag('risk.refer')).toBe(true);
  });
});

describe('fgm statechart: sign-off', () => {
  const S5B_CONTEXT = fgmContext('2009-07-07', '2025-01-31T18:45:00+00:00');
  const S5B: Partial<FgmAnswers> = {
    ...GIRL_UNSTATED,
    girlDisclosed: 'yes',
    girlDisclosureWords: 'I was cut.',
  };

  it('refuses review and sign-off while required items are missing, and names them', () => {
    const actor = start(S5B_CONTEXT, { ...S5B, practisingCommunity: undefined });
    send(actor, next, next, next, next, { type: 'review.confirm' });
    expect(flow(actor)).toBe('reviewing');
    expect(actor.getSnapshot().context.issues.map((i) => i.code)).toEqual(['F1', 'F15d']);
    actor.send(merge({ practisingCommunity: 'no', identifiedBy: [person('Jo', 'nurse', 'nmc', 'heard')] }));
    actor.send({ type: 'review.confirm' });
    expect(flow(actor)).toBe('outcome');
    actor.send({ type: 'answer.changed', key: 'hasGirlsInFamily', value: undefined });
    actor.send(SIGN);
    expect(flow(actor)).toBe('outcome');
    actor.send({ type: 'answer.changed', key: 'hasGirlsInFamily', value: 'no' });
    actor.send(SIGN);
    expect(flow(actor)).toBe('signedOff');
    expect(actor.getSnapshot().hasTag('signedOff')).toBe(true);
    expect(actor.getSnapshot().context.signedOff?.name).toBe('Dr Sign Example');
  });

  it('s5B: a colleague-reported row needs its reference; a pending own report does not block', () => {
    const claimed = person('Jo', 'nurse', 'nmc', 'heard', { reportedByColleague: 'yes' });
    const actor = start(S5B_CONTEXT, { ...S5B, identifiedBy: [claimed] });
    send(actor, next, next, next, next, { type: 'review.confirm' });
    expect(flow(actor)).toBe('reviewing');
    expect(actor.getSnapshot().context.issues[0]?.message).toMatch(
      /Without it Jo must report: change F15a to No/,
    );
    actor.send(merge({ identifiedBy: [{ ...claimed, reportedByColleague: 'no' }] }));
    send(actor, { type: 'review.confirm' }, SIGN);
    expect(flow(actor)).toBe('signedOff');
    const { reasons } = actor.getSnapshot().context.evaluation;
    expect(reasons.some((r) => r.startsWith('Police report outstanding for Jo'))).toBe(true);
    // Signed off: the record no longer changes.
    actor.send(merge({ identifiedBy: [] }));
    expect(actor.getSnapshot().context.answers['identifiedBy']).toHaveLength(1);
  });

  it.each(fgmFixtures.map((f) => [f.name, f] as const))('fixture "%s" starts at its level', (_, fixture) => {
    const actor = start(fixture.context, fixture.answers);
    const snapshot = actor.getSnapshot();
    expect(snapshot.hasTag(`risk.${fixture.expected.level.toLowerCase()}`)).toBe(true);
    expect(flow(actor)).toBe(fixture.expected.level === 'EMERGENCY' ? 'escalating' : 'screen');
  });

  it('a woman’s daughters path reaches sign-off', () => {
    const answers = {
      ...WOMAN_UNSTATED,
      hasGirlsInFamily: 'yes' as const,
      girlsInFamily: [girl('Daughter Example', '2015-01-01', 'daughter', 'no')],
    };
    const actor = start(WOMAN, answers);
    send(actor, next, next, next, { type: 'review.confirm' }, SIGN);
    expect(flow(actor)).toBe('signedOff');
  });
});
