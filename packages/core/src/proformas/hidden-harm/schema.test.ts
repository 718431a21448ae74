import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/assess.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { ProformaValidationError } from '../../model/validation.ts';
import { hiddenHarm } from './definition.ts';
import { adult, bornYearsAgo, child } from './fixtures-build.ts';
import { hiddenHarmSchema } from './schema.ts';

const context = adult(30, 'female');

/** The issues (key, code) thrown for some answers; fails if nothing is thrown. */
const issuesOf = (answers: Record<string, unknown>) => {
  try {
    evaluateProforma(hiddenHarm, answers, context);
  } catch (error) {
    expect(error).toBeInstanceOf(ProformaValidationError);
    return (error as ProformaValidationError).issues;
  }
  throw new Error('expected a ProformaValidationError');
};

describe('hidden-harm schema', () => {
  it.each([
    ['H1 childrenUnder18 not an option', { childrenUnder18: 'maybe' }, 'childrenUnder18', 'H1'],
    [
      'H0 presentingReasons with an unknown code',
      { presentingReasons: ['overdose'] },
      'presentingReasons',
      'H0',
    ],
    ['H0 presentingReasons not a list', { presentingReasons: 'self-harm' }, 'presentingReasons', 'H0'],
    ['H2b gestationWeeks above 45', { pregnant: 'yes', gestationWeeks: 46 }, 'gestationWeeks', 'H2b'],
    ['H2b gestationWeeks not whole', { pregnant: 'yes', gestationWeeks: 12.5 }, 'gestationWeeks', 'H2b'],
    ['DASH-N12 below 0', { incidentsLast12Months: -1 }, 'incidentsLast12Months', 'DASH-N12'],
    ['DASH-N12 a string', { incidentsLast12Months: '3' }, 'incidentsLast12Months', 'DASH-N12'],
    ['DASH13 not yes/no/unknown', { dashWeapons: 'true' }, 'dashWeapons', 'DASH13'],
    ['H12a an unknown role', { domesticAbuseRole: 'witness' }, 'domesticAbuseRole', 'H12a'],
    ['H14 not text', { concernSummary: 42 }, 'concernSummary', 'H14'],
    ['H1a not a list', { children: { name: 'A' } }, 'children', 'H1a'],
    ['H4b an unknown carer code', { children: [{ whoCaringNow: 'neighbour' }] }, 'children', 'H1a'],
    ['H1a.2 not a real date', { children: [{ dateOfBirth: '2020-02-30' }] }, 'children', 'H1a'],
    ['H1a row with an unknown field', { children: [{ nickname: 'Bo' }] }, 'children', 'H1a'],
    ['H1c row with an unknown field', { childrenElsewhere: [{ sex: 'female' }] }, 'childrenElsewhere', 'H1c'],
  ])('%s throws with key and code', (_title, answers, key, code) => {
    const issues = issuesOf(answers);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ key, code });
    expect(issues[0]?.message.length).toBeGreaterThan(10);
  });

  it('an unknown key throws with the key named and no code', () => {
    expect(issuesOf({ childrenUnderEighteen: 'yes' })).toEqual([
      {
        key: 'childrenUnderEighteen',
        code: '',
        message: '"childrenUnderEighteen" is not a question on this form.',
      },
    ]);
  });

  it('lists every invalid item at once, in one error', () => {
    const issues = issuesOf({ childrenUnder18: 'maybe', pregnant: 1, nope: true });
    expect(issues.map((i) => i.key).sort()).toEqual(['childrenUnder18', 'nope', 'pregnant']);
  });

  it('the message names the row field for a group issue', () => {
    const [issue] = issuesOf({ children: [{ name: 'A' }, { sex: 'boy' }] });
    expect(issue?.message).toContain('(1.sex)');
  });

  it.each([
    ['no answers', {}],
    ['H0 only', { presentingReasons: ['self-harm'] }],
    ['H1 yes, no rows yet', { childrenUnder18: 'yes' }],
    ['a half-filled child row', { childrenUnder18: 'yes', children: [{ name: 'Leo' }] }],
    ['an empty row', { childrenUnder18: 'yes', children: [{}] }],
    [
      'a part-typed NHS number (checked at sign-off)',
      { childrenUnder18: 'yes', children: [{ nhsNumber: '943 47' }] },
    ],
    ['a date of birth after the visit (checked at sign-off)', { children: [{ dateOfBirth: '2030-01-01' }] }],
    ['the DASH half done', { dashAgreed: 'yes', dashInjured: 'yes', dashFrightened: 'unknown' }],
    ['answers to hidden items', { childrenUnder18: 'no', childWithoutSafeAdult: 'yes', dashWeapons: 'yes' }],
  ])('partial answers never throw: %s', (_title, answers) => {
    expect(() => assess('hidden-harm', answers, context)).not.toThrow();
  });

  it('accepts a full child row from the fixtures builder', () => {
    const row = child('Leo Example', bornYearsAgo(5), { nhsNumber: '943 476 5919', gp: 'Example Surgery' });
    expect(hiddenHarmSchema.safeParse({ childrenUnder18: 'yes', children: [row] }).success).toBe(true);
  });

  it('refuses a patient under 18 (hidden-harm.md "Triggers": never under 18)', () => {
    expect(() => assess('hidden-harm', {}, adult(17, 'female'))).toThrow(/paediatric safeguarding triage/);
    expect(() => assess('hidden-harm', {}, adult(18, 'female'))).not.toThrow();
  });
});
