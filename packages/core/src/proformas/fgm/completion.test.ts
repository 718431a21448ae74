import { describe, expect, it } from 'vitest';
import { completionIssues } from '../../model/completion.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { fgm } from './definition.ts';
import { fgmContext, girl, GIRL_UNSTATED, person, WOMAN_UNSTATED } from './fixtures-builder.ts';
import type { FgmAnswers } from './schema.ts';

// fgm.md "Completion rules": each situation and its message.
const GIRL_15 = fgmContext('2009-07-07', '2025-01-31T18:45:00+00:00');
const WOMAN = fgmContext('1985-01-15', '2025-04-10T10:00:00+01:00');
const messages = (answers: Partial<FgmAnswers>, context = GIRL_15, encounter = {}) =>
  completionIssues(fgm, evaluateProforma(fgm, answers, context, encounter), context).map((i) => i.message);
const S5B: Partial<FgmAnswers> = {
  ...GIRL_UNSTATED,
  girlDisclosed: 'yes',
  girlDisclosureWords: 'I was cut.',
};

describe('fgm completion rules', () => {
  it('names an unanswered shown required item: "Answer \'⟨question⟩\' (⟨code⟩) before signing off."', () => {
    expect(messages({})).toContain(
      'Answer \'Is she, her partner or her family from a community where FGM ("cutting") is practised?\' (F1) before signing off.',
    );
    expect(messages({}, WOMAN)).toContain(
      "Answer 'Has she been cut? Use her own word for it.' (F2) before signing off.",
    );
  });

  it('F7, F8 and F13: an empty list answers them; no answer gives "Tick what applies …"', () => {
    const part2 = { ...GIRL_UNSTATED, significantIndicators: undefined, otherIndicators: undefined };
    expect(messages(part2)).toEqual([
      "Tick what applies in 'Part 2, significant: tick any that apply to her or to the girls', or 'None of these' (F7).",
      "Tick what applies in 'Part 2, other: tick any that apply', or 'None of these' (F8).",
    ]);
    expect(messages(GIRL_UNSTATED)).toEqual([]);
    const woman = {
      ...WOMAN_UNSTATED,
      hasBeenCut: 'yes' as const,
      fgmType: 'unknown' as const,
      specialistSupportOffer: 'declined' as const,
    };
    expect(messages(woman, WOMAN)).toEqual([]);
    expect(messages({ ...woman, partOneIndicators: undefined }, WOMAN)).toEqual([
      "Tick what applies in 'Tick any that apply to her', or 'None of these' (F13).",
    ]);
  });

  it('F11a yes with no rows; a row lacking a field; a date of birth after the attendance', () => {
    const base = { ...WOMAN_UNSTATED, hasGirlsInFamily: 'yes' as const };
    expect(messages(base, WOMAN)).toEqual([
      'Add each girl under 18 in the family, or change the answer (F11a).',
    ]);
    expect(
      messages({ ...base, girlsInFamily: [{ name: 'Girl Example', relationship: 'daughter' }] }, WOMAN),
    ).toEqual([
      'Girl 1: enter her date of birth (F11b).',
      'Girl 1: enter whether she is known or said to have had FGM (F11b).',
      'Girl 1: enter whether she already has an FGM-IS indicator (F11b).',
    ]);
    const unborn = girl('Future Example', '2025-04-11', 'daughter', 'no');
    expect(
      messages({ ...base, girlsInFamily: [girl('A', '2015-01-01', 'daughter', 'no'), unborn] }, WOMAN),
    ).toEqual(['Girl 2: the date of birth is after this attendance (F11b).']);
  });

  it('s5bCase with no F15d rows', () => {
    expect(messages(S5B)).toEqual([
      'Record each member of staff who heard her or saw the signs, with profession and regulator (F15d).',
    ]);
  });

  it('an F15d row lacking a required field, F15a included for a regulated person only', () => {
    expect(messages({ ...S5B, identifiedBy: [{ name: 'Jo Synthetic', regulator: 'nmc' }] })).toEqual([
      'Person 1: enter their profession (F15d).',
      'Person 1: enter whether they heard her or saw the signs (F15d).',
      'Person 1: enter whether someone of their own profession has already reported it (F15d).',
    ]);
    const hca = {
      name: 'Sam',
      profession: 'healthcare assistant',
      regulator: 'not-regulated' as const,
      heardOrSaw: 'heard' as const,
    };
    expect(messages({ ...S5B, identifiedBy: [hca] })).toEqual([]);
  });

  it('F15a yes with no reference: "Without it ⟨name⟩ must report: change F15a to No."', () => {
    const row = person('Jo Synthetic', 'staff nurse', 'nmc', 'heard', { reportedByColleague: 'yes' });
    expect(messages({ ...S5B, identifiedBy: [person('A', 'doctor', 'gmc', 'heard'), row] })).toEqual([
      'Person 2: enter the police reference of the earlier report. Without it Jo Synthetic must report: change F15a to No.',
    ]);
  });

  it('an empty reference on a report-required row with a recorded reason does not block sign-off (the task stays open)', () => {
    const evaluation = evaluateProforma(
      fgm,
      { ...S5B, identifiedBy: [person('Jo', 'nurse', 'nmc', 'heard')] },
      GIRL_15,
    );
    expect(completionIssues(fgm, evaluation, GIRL_15)).toEqual([]);
    expect(evaluation.reasons.some((r) => r.startsWith('Police report outstanding for Jo'))).toBe(true);
  });

  // SAFER READING (issue 3): a police reference or a recorded reason it is still pending, per reporter.
  it('F15e: a reporter with neither a police reference nor a reason blocks sign-off, naming them', () => {
    const noReason = person('Jo Synthetic', 'staff nurse', 'nmc', 'heard', { reportPendingReason: '' });
    const hca = person('Sam', 'healthcare assistant', 'not-regulated', 'heard');
    expect(messages({ ...S5B, identifiedBy: [hca, noReason] })).toEqual([
      'Person 2: enter the police reference of Jo Synthetic’s 101 report, or say why it is still to be made (F15d).',
    ]);
    // Either one answers it: the reference (F15e is then not asked) or the reason.
    const referenced = { ...noReason, policeReferenceNumber: 'SYN-101-1' };
    expect(messages({ ...S5B, identifiedBy: [hca, referenced] })).toEqual([]);
    const reasoned = { ...noReason, reportPendingReason: 'Gone off duty; the lead is telling her today.' };
    expect(messages({ ...S5B, identifiedBy: [hca, reasoned] })).toEqual([]);
  });

  it('triage B17 = yes and F4a–F6a all no blocks sign-off in the encounter; standalone it does not', () => {
    const encounter = { otherAnswers: { 'paediatric-triage': { fgmDisclosedOrSeen: 'yes' } } };
    const b17 =
      'The triage recorded that FGM was disclosed, seen or reported (B17): say which in F4a–F6a, or correct the triage answer.';
    expect(messages(GIRL_UNSTATED, GIRL_15, encounter)).toEqual([b17]);
    expect(messages(GIRL_UNSTATED)).toEqual([]);
    expect(
      messages({ ...GIRL_UNSTATED, thirdPartyReport: 'yes', thirdPartySource: 'parent' }, GIRL_15, encounter),
    ).toEqual([]);
  });
});
