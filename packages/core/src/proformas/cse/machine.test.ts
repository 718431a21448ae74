import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { flowStateOf } from '../../model/machine.ts';
import { context, FRASER_MET, screened } from './fixtures-common.ts';
import type { CseAnswers } from './schema.ts';
import { cseMachine } from './machine.ts';

// cse.md "Flow": the phases (consent skipped unless fraserShown), the emergency interrupt entered
// the moment C-R2 (c) fires and acknowledged back to the same phase, the banners, hidden answers
// cleared, and sign-off refused while a required item is missing ("Completion rules").

const start = (years = 16) =>
  createActor(cseMachine, { input: { context: context(years, 'female') } }).start();
const flow = (actor: ReturnType<typeof start>) => flowStateOf(actor.getSnapshot().value);
const merge = (actor: ReturnType<typeof start>, answers: Partial<CseAnswers>) =>
  actor.send({ type: 'answers.merged', answers });

describe('cse statechart', () => {
  it('starts in `reason` with no concern and no banner', () => {
    const actor = start();
    expect(flow(actor)).toBe('reason');
    expect(actor.getSnapshot().hasTag('risk.no_concern')).toBe(true);
    expect([...actor.getSnapshot().tags].filter((t) => t.startsWith('alert.'))).toEqual([]);
  });

  it('example 8: the emergency is shown the moment S8 = yes, before phase.next; acknowledged back to `reason`', () => {
    const actor = start(16);
    merge(actor, { screenReasons: ['emergency-contraception'] });
    expect(actor.getSnapshot().hasTag('alert.ec-do-not-delay')).toBe(true);
    actor.send({ type: 'answer.changed', key: 'immediateDanger', value: 'yes' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toMatchObject({ flow: 'escalating', risk: 'EMERGENCY' });
    expect(snapshot.hasTag('emergency')).toBe(true);
    expect(snapshot.hasTag('needsSafeguardingLead')).toBe(true);
    expect(snapshot.context.evaluation.actions[0]).toBe('POLICE_999');
    actor.send({ type: 'phase.next' });
    expect(actor.getSnapshot().value).toMatchObject({ flow: 'escalating' });
    actor.send({ type: 'escalation.acknowledged' });
    expect(flow(actor)).toBe('reason');
    expect(actor.getSnapshot().hasTag('risk.emergency')).toBe(true); // the level stays EMERGENCY
    expect(actor.getSnapshot().hasTag('alert.refer-now')).toBe(true);
  });

  it('C-R2 (c): the emergency interrupts any phase and returns to it', () => {
    const actor = start(16);
    merge(actor, { screenReasons: ['contraception'] });
    actor.send({ type: 'phase.next' });
    actor.send({ type: 'phase.next' });
    expect(flow(actor)).toBe('indicators');
    actor.send({ type: 'answer.changed', key: 'immediateDanger', value: 'yes' });
    expect(actor.getSnapshot().value).toMatchObject({ flow: 'escalating' });
    actor.send({ type: 'escalation.acknowledged' });
    expect(flow(actor)).toBe('indicators');
  });

  it('Flow 2: `consent` is skipped at 16 (example 8) and asked under 16 for a sexual-health request (example 1)', () => {
    const sixteen = start(16);
    merge(sixteen, { screenReasons: ['emergency-contraception'] });
    sixteen.send({ type: 'phase.next' });
    expect(flow(sixteen)).toBe('relationship');
    sixteen.send({ type: 'phase.back' });
    expect(flow(sixteen)).toBe('reason');
    const fifteen = start(15);
    merge(fifteen, { screenReasons: ['emergency-contraception'] });
    fifteen.send({ type: 'phase.next' });
    expect(flow(fifteen)).toBe('consent');
  });

  it('Flow: answers to items that become hidden are cleared (S3.1, M3, S5.1, S2.1)', () => {
    const actor = start(15);
    merge(actor, {
      screenReasons: ['contraception'],
      ...FRASER_MET,
      partnerAgeStatus: 'stated',
      partnerAgeYears: 19,
      partnerAgeEvasive: 'no',
      seenAlone: 'no',
      notSeenAloneReason: 'Mother stayed.',
    });
    expect(actor.getSnapshot().context.answers).toMatchObject({
      partnerAgeYears: 19,
      notSeenAloneReason: 'Mother stayed.',
    });
    merge(actor, { partnerAgeStatus: 'no-partner', seenAlone: 'yes' });
    const answers = actor.getSnapshot().context.answers;
    expect(answers).not.toHaveProperty('partnerAgeYears');
    expect(answers).not.toHaveProperty('partnerAgeEvasive');
    expect(answers).not.toHaveProperty('notSeenAloneReason');
    merge(actor, { screenReasons: ['other-concern'] });
    expect(actor.getSnapshot().context.answers).not.toHaveProperty('fraserUnderstandsAdvice');
  });

  it('Flow interrupts: refer now (C-R2), SARC now (C-R2 a), screen incomplete (C-R5 e)', () => {
    const actor = start(15);
    merge(actor, {
      screenReasons: ['sexual-assault'],
      assaultTiming: 'date-known',
      assaultDate: '2025-03-08',
    });
    expect(actor.getSnapshot().hasTag('alert.refer-now')).toBe(true);
    expect(actor.getSnapshot().hasTag('alert.sarc-now')).toBe(true);
    expect(actor.getSnapshot().hasTag('risk.refer')).toBe(true);
    merge(actor, { assaultDate: '2025-03-01', seenAlone: 'no' });
    expect(actor.getSnapshot().hasTag('alert.sarc-now')).toBe(false);
    expect(actor.getSnapshot().hasTag('alert.screen-incomplete-not-seen-alone')).toBe(true);
  });

  it("Completion rules: sign-off is refused while required items are missing, with the spec's messages", () => {
    const actor = start(15);
    merge(actor, { screenReasons: ['emergency-contraception'], immediateDanger: 'no' });
    for (let i = 0; i < 5; i++) actor.send({ type: 'phase.next' });
    expect(flow(actor)).toBe('reviewing');
    actor.send({ type: 'review.confirm' });
    expect(flow(actor)).toBe('reviewing');
    const messages = actor.getSnapshot().context.issues.map((i) => i.message);
    expect(messages).toContain(
      'Fraser criteria are required for under-16s asking for sexual-health care: answer all five.',
    );
    expect(messages).toContain("Record the young person's own words, or why they could not be heard.");
    expect(messages).toContain(
      'Ask the young person, in private, whether their GP may be told about the sexual-health care, or record that you could not ask (S16).',
    );
    expect(messages).toContain("Answer 'Seen alone' (S5) before signing off.");
    expect(messages).toContain("Answer 'Learning disability' (G3) before signing off.");
  });

  it('a complete EC screen at 15 (C-R6, C-R7): confirmed, outcome, signed off; then answers no longer change', () => {
    const actor = start(15);
    merge(
      actor,
      screened({
        screenReasons: ['emergency-contraception'],
        ...FRASER_MET,
        partnerAgeStatus: 'stated',
        partnerAgeYears: 15,
      }),
    );
    actor.send({ type: 'phase.goto', phase: 'voice' });
    actor.send({ type: 'phase.next' });
    actor.send({ type: 'review.confirm' });
    expect(flow(actor)).toBe('outcome');
    expect(actor.getSnapshot().context.issues).toEqual([]);
    actor.send({
      type: 'outcome.sign',
      name: 'Synthetic Nurse',
      role: 'ENP',
      at: '2025-03-10T11:00:00+00:00',
    });
    expect(actor.getSnapshot().value).toMatchObject({ flow: 'signedOff' });
    merge(actor, { immediateDanger: 'yes' });
    expect(actor.getSnapshot().context.answers['immediateDanger']).toBe('no');
  });

  it('Completion rules: S15 is required from NOTIFY (example 3); S14.1 only when S14 raises the risk', () => {
    const actor = start(16);
    merge(
      actor,
      screened({
        screenReasons: ['contraception'],
        partnerAgeStatus: 'no-partner',
        experimentingAlcoholDrugs: 'yes',
        concernSummary: undefined,
      }),
    );
    expect(actor.getSnapshot().context.issues.map((i) => i.code)).toEqual(['S15']);
    merge(actor, { concernSummary: 'Synthetic.', judgementRisk: 'low' });
    expect(actor.getSnapshot().context.issues).toEqual([]);
    merge(actor, { judgementRisk: 'high' });
    expect(actor.getSnapshot().context.issues.map((i) => i.code)).toEqual(['S14.1']);
  });
});
