import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { flowStateOf } from '../../model/machine.ts';
import { fgmContext } from './fixtures-builder.ts';
import { fgmMachine } from './machine.ts';
import { fgmPrefillFromTriage, fgmStartPhase } from './prefill.ts';

// fgm.md "Prefill from the triage" (T5, T6) and "Flow" 1 (a B17 launch opens at has FGM happened).
describe('fgmPrefillFromTriage', () => {
  it.each([
    ['yes', 'yes'],
    ['no', 'no'],
    ['not-checked', 'unknown'],
  ])('T6: A7.1 %s → F0 %s', (a71, f0) => {
    expect(fgmPrefillFromTriage({ fgmIsIndicator: a71 })).toEqual({ fgmIsIndicatorFound: f0 });
  });

  it('T5: each B17.1 tick prefills one of F4a, F5a, F6a yes (example 9: she-said → F4a)', () => {
    expect(fgmPrefillFromTriage({ fgmDisclosedOrSeen: 'yes', fgmSource: ['she-said'] })).toEqual({
      girlDisclosed: 'yes',
    });
    expect(
      fgmPrefillFromTriage({
        fgmDisclosedOrSeen: 'yes',
        fgmSource: ['she-said', 'signs-seen', 'someone-told'],
      }),
    ).toEqual({ girlDisclosed: 'yes', signsObserved: 'yes', thirdPartyReport: 'yes' });
  });

  it('prefills nothing "no", and nothing from B17.1 unless B17 = yes (example 10: A7.1 yes, B17 no)', () => {
    expect(
      fgmPrefillFromTriage({ fgmIsIndicator: 'yes', fgmDisclosedOrSeen: 'no', fgmSource: ['she-said'] }),
    ).toEqual({
      fgmIsIndicatorFound: 'yes',
    });
    expect(fgmPrefillFromTriage({ fgmDisclosedOrSeen: 'yes', fgmSource: [] })).toEqual({});
    expect(fgmPrefillFromTriage({ fgmIsIndicator: 'toString', fgmSource: ['constructor'] })).toEqual({});
    expect(fgmPrefillFromTriage({})).toEqual({});
  });

  it('a B17 launch opens at has FGM happened; back returns to the screen (F0–F1)', () => {
    expect(fgmStartPhase({ fgmDisclosedOrSeen: 'no', fgmIsIndicator: 'yes' })).toBe('screen');
    const triage = { fgmDisclosedOrSeen: 'yes', fgmSource: ['she-said'] };
    const actor = createActor(fgmMachine, {
      input: {
        context: fgmContext('2009-07-07', '2025-01-31T18:45:00+00:00'),
        answers: fgmPrefillFromTriage(triage),
      },
    }).start();
    actor.send({ type: 'phase.goto', phase: fgmStartPhase(triage) });
    expect(flowStateOf(actor.getSnapshot().value)).toBe('hasFgmHappened');
    expect(actor.getSnapshot().context.evaluation.derived['s5bCase']).toBe(true);
    actor.send({ type: 'phase.back' });
    expect(flowStateOf(actor.getSnapshot().value)).toBe('screen');
  });
});
