import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/assess.ts';
import { optionsOf } from '../../model/item.ts';
import { ProformaValidationError, type ValidationIssue } from '../../model/validation.ts';
import { triageContext } from './fixtures-builder.ts';
import { paediatricTriageFixtures } from './fixtures.ts';
import { paediatricTriageItems } from './items.ts';
import { paediatricTriageSchema } from './schema.ts';

// domain/README.md "The public contract": assess validates with the zod schema and throws a
// ProformaValidationError listing every invalid item (key, code, message); partial answers never throw.

const context = triageContext('2015-06-01', 'female');
const issuesOf = (answers: Record<string, unknown>): ValidationIssue[] => {
  try {
    assess('paediatric-triage', answers, context);
  } catch (error) {
    if (error instanceof ProformaValidationError) return error.issues;
    throw error;
  }
  return [];
};

describe('paediatric-triage schema: wrong types and unknown option codes throw', () => {
  it.each<[string, Record<string, unknown>, string, string, string]>([
    [
      'a yes/no item given "maybe"',
      { immediateDanger: 'maybe' },
      'immediateDanger',
      'B14',
      'Choose yes or no.',
    ],
    [
      'a yes/no/unknown item given "perhaps"',
      { gpRegistered: 'perhaps' },
      'gpRegistered',
      'A6',
      'Choose yes, no or not known.',
    ],
    [
      'an unknown choice code',
      { accompaniedBy: 'uncle' },
      'accompaniedBy',
      'A3',
      'Choose one of the options',
    ],
    ['an unknown multi code', { injuryTypes: ['scratch'] }, 'injuryTypes', 'B7', 'not one of the options'],
    [
      'a multi given a single string',
      { injuryTypes: 'bruise-petechiae' },
      'injuryTypes',
      'B7',
      'list of the options',
    ],
    ['a negative count', { previousAttendances12m: -1 }, 'previousAttendances12m', 'A9', 'Enter 0 or more.'],
    [
      'a fractional count',
      { previousAttendances12m: 2.5 },
      'previousAttendances12m',
      'A9',
      'Enter a whole number.',
    ],
    ['a count as text', { largestHeadMarkMm: '50' }, 'largestHeadMarkMm', 'B9.1', 'Enter a whole number.'],
    ['text given a number', { presentingComplaint: 42 }, 'presentingComplaint', 'B1', 'Enter text.'],
    ['a date-time without an offset', { injuryAt: '2025-03-10T09:30' }, 'injuryAt', 'B2', 'UTC offset'],
    ['a date without a time', { injuryAt: '2025-03-10' }, 'injuryAt', 'B2', 'UTC offset'],
    ['an impossible date-time', { injuryAt: '2025-02-30T09:30+00:00' }, 'injuryAt', 'B2', 'UTC offset'],
  ])('%s', (_case, answers, key, code, words) => {
    const issues = issuesOf(answers);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ key, code });
    expect(issues[0]?.message).toContain(words);
  });

  it('names the question in the message', () => {
    expect(issuesOf({ immediateDanger: 'maybe' })[0]?.message).toBe(
      'Is any child in immediate danger now?: Choose yes or no.',
    );
  });

  it('throws on unknown keys', () => {
    expect(() => assess('paediatric-triage', { favouriteColour: 'blue' }, context)).toThrow(
      ProformaValidationError,
    );
    expect(issuesOf({ favouriteColour: 'blue' })).toEqual([
      { key: 'favouriteColour', code: '', message: '"favouriteColour" is not a question on this form.' },
    ]);
  });

  it('lists every invalid item at once', () => {
    const issues = issuesOf({ immediateDanger: 'maybe', injuryTypes: ['scratch'], nope: 1 });
    expect(issues.map((i) => [i.key, i.code])).toEqual([
      ['nope', ''],
      ['immediateDanger', 'B14'],
      ['injuryTypes', 'B7'],
    ]);
  });

  it('accepts a date-time with an offset (B2)', () => {
    expect(issuesOf({ injuryOrMark: 'yes', injuryAt: '2025-03-10T09:30+00:00' })).toEqual([]);
    expect(issuesOf({ injuryOrMark: 'yes', injuryAt: '2025-03-10T08:30:00Z' })).toEqual([]);
  });
});

describe('paediatric-triage schema: partial answers never throw', () => {
  it('accepts an empty draft', () => {
    expect(assess('paediatric-triage', {}, context).level).toBe('NO_CONCERN');
  });

  it.each(paediatricTriageFixtures.map((f) => [f.name, f] as const))(
    'accepts every prefix of "%s"',
    (_n, fixture) => {
      const entries = Object.entries(fixture.answers);
      for (let n = 0; n <= entries.length; n += 1) {
        expect(() =>
          assess('paediatric-triage', Object.fromEntries(entries.slice(0, n)), fixture.context),
        ).not.toThrow();
      }
    },
    30_000, // about 80 assessments per scenario: allow for a busy machine
  );

  it('accepts every option code of every item, and rejects a made-up one', () => {
    for (const item of paediatricTriageItems) {
      const codes = optionsOf(item).map((o) => o.code);
      for (const code of codes) {
        const value = item.type === 'multi' ? [code] : code;
        expect(paediatricTriageSchema.safeParse({ [item.key]: value }).success, `${item.code} ${code}`).toBe(
          true,
        );
      }
      if (codes.length > 0) {
        const value = item.type === 'multi' ? ['made-up'] : 'made-up';
        expect(paediatricTriageSchema.safeParse({ [item.key]: value }).success, item.code).toBe(false);
      }
    }
  });
});
