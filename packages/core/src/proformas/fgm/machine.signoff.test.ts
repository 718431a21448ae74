import { describe, expect, it } from 'vitest';
import {
  fgmContext,
  girl,
  GIRL_UNSTATED,
  PENDING_REASON,
  person,
  WOMAN_UNSTATED,
} from './fixtures-builder.ts';
import { fgmFixtures } from './fixtures.ts';
import type { FgmAnswers } from './schema.ts';
import { flow, merge, next, send, SIGN, start, WOMAN } from './testing.ts';

// fgm.md "Completion rules" on the statechart: review and sign-off are refused while incomplete.
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

  it('s5B: a colleague-reported row needs its reference; an own report pending needs its reason (F15e)', () => {
    const claimed = person('Jo', 'nurse', 'nmc', 'heard', { reportedByColleague: 'yes' });
    const actor = start(S5B_CONTEXT, { ...S5B, identifiedBy: [claimed] });
    send(actor, next, next, next, next, { type: 'review.confirm' });
    expect(flow(actor)).toBe('reviewing');
    expect(actor.getSnapshot().context.issues[0]?.message).toMatch(
      /Without it Jo must report: change F15a to No/,
    );
    // SAFER READING: F15a = no with no reference and no reason recorded is still refused.
    actor.send(merge({ identifiedBy: [{ ...claimed, reportedByColleague: 'no' }] }));
    send(actor, { type: 'review.confirm' }, SIGN);
    expect(flow(actor)).toBe('reviewing');
    expect(actor.getSnapshot().context.issues.map((i) => i.code)).toEqual(['F15e']);
    actor.send(
      merge({
        identifiedBy: [{ ...claimed, reportedByColleague: 'no', reportPendingReason: PENDING_REASON }],
      }),
    );
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
