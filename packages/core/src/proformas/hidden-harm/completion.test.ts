import { describe, expect, it } from 'vitest';
import { completionIssues } from '../../model/completion.ts';
import type { AssessmentContext } from '../../model/context.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { hiddenHarm } from './definition.ts';
import {
  adult,
  answers,
  bornYearsAgo,
  child,
  childElsewhere,
  dash,
  disclosedVictim,
  inCare,
  maracDetails,
  SUMMARY,
} from './fixtures-build.ts';
import { isValidNhsNumber } from './rows.ts';
import type { HiddenHarmAnswers } from './schema.ts';

// hidden-harm.md "Completion rules": each message as the spec words it.

const context: AssessmentContext = adult(30, 'female');
const messages = (raw: Partial<HiddenHarmAnswers>) =>
  completionIssues(hiddenHarm, evaluateProforma(hiddenHarm, raw, context), context).map((i) => i.message);
/** H14 is given; it is pruned (hidden) while the level is NO_CONCERN. */
const base = (patch: Partial<HiddenHarmAnswers>) =>
  answers({ presentingReasons: ['other'], concernSummary: SUMMARY, ...patch });
const withChild = (patch: Parameters<typeof child>[2], dob = bornYearsAgo(6)) =>
  base({ childrenUnder18: 'yes', children: [child('Leo Example', dob, patch)], ...inCare('Dad') });

describe('hidden-harm completion rules', () => {
  it('a complete green form has no issues', () => {
    expect(messages(base({}))).toEqual([]);
  });
  it('H0 empty', () => {
    expect(messages(base({ presentingReasons: [] }))).toEqual(['Record why the patient is here.']);
  });
  it.each([undefined, 'unknown'] as const)('H1 %s blocks sign-off (blocksCompletion)', (value) => {
    expect(messages(base({ childrenUnder18: value }))).toEqual([
      "Ask whether any child under 18 lives with, or is looked after by, the patient. 'Not known' cannot be signed off; ask again before discharge.",
    ]);
  });
  it('H1 yes with no row; H1b.1 unsupervised with no row', () => {
    expect(messages(base({ childrenUnder18: 'yes', children: [], ...inCare('x') }))).toEqual([
      'Add each child.',
    ]);
    const elsewhere = {
      otherChildrenElsewhere: 'yes',
      contactWithChildrenElsewhere: 'unsupervised-or-overnight',
    } as const;
    expect(messages(base({ ...elsewhere, ...inCare('x') }))).toEqual([
      'Add each child the patient sees unsupervised or overnight.',
    ]);
  });
  it('a row missing a required field names the child, or "Child n"', () => {
    const raw = base({
      childrenUnder18: 'yes',
      children: [{ name: 'Leo', sex: 'male' }, {}],
      ...inCare('x'),
    });
    const found = messages(raw);
    expect(found).toContain('Leo: enter the date of birth.');
    expect(found).toContain("Child 2: enter the child's name.");
    expect(found).toContain('Child 2: enter the result of the social-care check.');
  });
  it('row-scoped conditions: address when the child lives elsewhere; carer name; overnight when alone', () => {
    expect(messages(withChild({ livesWithPatient: 'no' }))).toEqual([
      "Leo Example: enter the child's address.",
    ]);
    expect(messages(withChild({ whoCaringNow: 'relative', carerName: '' }))).toEqual([
      "Leo Example: enter the carer's name and relationship to the child.",
    ]);
    const alone = withChild({ whoCaringNow: 'alone' });
    delete alone.children?.[0]?.aloneOvernight;
    expect(messages(alone)).toEqual(['Leo Example: enter whether the child will be on their own overnight.']);
  });
  it('H4b unknown blocks sign-off', () => {
    expect(messages(withChild({ whoCaringNow: 'unknown' }))).toEqual([
      "Find out who is looking after Leo Example now. If you cannot, answer 'Is any child without a safe adult?' Yes.",
    ]);
  });
  it.each([
    ['after the attendance', '2025-03-11', false],
    ['the 18th birthday today', '2007-03-10', false],
    ['the day before the 18th birthday', '2007-03-11', true],
    ['born today', '2025-03-10', true],
  ])('a date of birth %s (either group)', (_title, dob, valid) => {
    const expected = valid
      ? []
      : ['Leo Example: check the date of birth; anyone 18 or over goes under other dependants.'];
    expect(messages(withChild({}, dob))).toEqual(expected);
    const elsewhere = base({
      otherChildrenElsewhere: 'yes',
      contactWithChildrenElsewhere: 'unsupervised-or-overnight',
      childrenElsewhere: [childElsewhere('Leo Example', dob)],
      ...inCare('x'),
    });
    expect(messages(elsewhere)).toEqual(expected);
  });
  it.each([
    ['943 476 5919', true],
    ['9434765919', true],
    ['943 476 5918', false],
    ['943476591', false],
    ['999 123 4567', false],
  ])('NHS number %s valid: %s (Modulus 11)', (nhsNumber, valid) => {
    expect(isValidNhsNumber(nhsNumber)).toBe(valid);
    expect(messages(withChild({ nhsNumber }))).toEqual(
      valid ? [] : ['Leo Example: the NHS number is not valid.'],
    );
  });
  it('required and shown conditional items read "Answer: <question>"', () => {
    expect(messages(base({ infoSharingExplained: undefined }))).toEqual([
      'Answer: Did you explain to the patient how information will be shared?',
    ]);
    expect(messages({ ...withChild({}), childWithoutSafeAdult: undefined })).toEqual([
      'Answer: Is any child, right now, without a safe and sober adult, or in immediate danger?',
    ]);
    expect(messages(base({ infoSharingExplained: 'no' }))).toEqual(['Answer: Why not?']);
  });
  it('each DASH item but DASH3.1 is required once the DASH is agreed', () => {
    const raw = base({
      presentingReasons: ['domestic-abuse'],
      ...disclosedVictim({}),
      ...dash([]),
      concernSummary: SUMMARY,
    });
    expect(messages(raw)).toEqual([]);
    expect(messages({ ...raw, dashWeapons: undefined })).toEqual([
      'Answer: Have they ever hurt you with a weapon or an object?',
    ]);
  });
  it('MARAC: H12c and H12e', () => {
    const raw = base({
      presentingReasons: ['domestic-abuse'],
      ...disclosedVictim({ professionalJudgementHigh: 'yes', dashAgreed: 'no' }),
      concernSummary: SUMMARY,
    });
    expect(messages(raw)).toEqual([
      'The MARAC referral needs safe ways to contact the patient.',
      'The MARAC referral needs the answer to: does the patient know you are referring them?',
    ]);
    expect(messages({ ...raw, ...maracDetails })).toEqual([]);
  });
  it('H14 at NOTIFY or above only', () => {
    const raw = base({
      otherChildrenElsewhere: 'yes',
      contactWithChildrenElsewhere: 'none',
      concernSummary: '',
    });
    expect(messages(raw)).toEqual(['Confirm the plain-language summary of the concern.']);
    expect(messages({ ...raw, concernSummary: SUMMARY })).toEqual([]);
  });
});
