import { describe, expect, it } from 'vitest';
import { fgmContext, GIRL_UNSTATED, person } from './fixtures-builder.ts';
import { flow, GIRL_11, merge, next, send, start, WOMAN } from './testing.ts';

// fgm.md "Flow" on the shared statechart: phases, the emergency interrupt, hidden answers, panels.
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
