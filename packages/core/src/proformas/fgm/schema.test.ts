import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/assess.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { ProformaValidationError, type ValidationIssue } from '../../model/validation.ts';
import { fgm } from './definition.ts';
import { fgmContext } from './fixtures-builder.ts';
import { fgmSchema, isValidNhsNumber } from './schema.ts';

// domain/README.md "The public contract": bad input throws ProformaValidationError listing every
// invalid item (key, code, message); partial answers never throw. fgm.md "Completion rules":
// a subtype of another type, or an NHS number without a valid check digit, is invalid input.
const WOMAN = fgmContext('1985-01-15', '2025-04-10T10:00:00+01:00');
const GIRL = fgmContext('2012-10-01', '2025-03-20T10:00:00+00:00');

const issuesOf = (answers: Record<string, unknown>, context = WOMAN): ValidationIssue[] => {
  try {
    evaluateProforma(fgm, answers, context);
  } catch (error) {
    if (error instanceof ProformaValidationError) return error.issues;
    throw error;
  }
  return [];
};

describe('fgm schema', () => {
  it('accepts an empty draft and any partial draft', () => {
    expect(issuesOf({})).toEqual([]);
    expect(issuesOf({ girlDisclosed: 'yes' }, GIRL)).toEqual([]);
    expect(issuesOf({ identifiedBy: [{ name: 'Jo Synthetic' }] }, GIRL)).toEqual([]);
    expect(issuesOf({ girlsInFamily: [{}], hasGirlsInFamily: 'yes' })).toEqual([]);
    expect(() => assess('fgm', { practisingCommunity: 'unknown' }, GIRL)).not.toThrow();
  });

  it('throws on a wrong type, naming the key and code (F2)', () => {
    expect(issuesOf({ hasBeenCut: true })).toEqual([
      { key: 'hasBeenCut', code: 'F2', message: expect.stringContaining('Choose yes, no or not known') },
    ]);
  });

  it('throws on an unknown option code (F7) and an unknown row option (F15d regulator)', () => {
    expect(issuesOf({ significantIndicators: ['asks-for-help', 'was-sad'] }, GIRL)).toEqual([
      {
        key: 'significantIndicators',
        code: 'F7',
        message: expect.stringContaining('not one of the options'),
      },
    ]);
    const [issue] = issuesOf({ identifiedBy: [{ regulator: 'police' }] }, GIRL);
    expect(issue).toMatchObject({
      key: 'identifiedBy',
      code: 'F15d',
      message: expect.stringContaining('regulator'),
    });
  });

  it('throws on an unknown key, at the top and inside a row', () => {
    expect(issuesOf({ hasBeenCutToday: 'yes' })).toEqual([
      { key: 'hasBeenCutToday', code: '', message: '"hasBeenCutToday" is not a question on this form.' },
    ]);
    expect(issuesOf({ girlsInFamily: [{ favouriteColour: 'red' }] })[0]).toMatchObject({
      key: 'girlsInFamily',
      code: 'F11b',
    });
  });

  it('lists every invalid item at once, the subtype check included', () => {
    const issues = issuesOf({
      pregnant: 'maybe',
      fgmType: 'type-1',
      fgmSubtype: '2a',
      plannedDate: '2025-02-30',
    });
    expect(issues.map((i) => [i.key, i.code])).toEqual([
      ['pregnant', 'F12a'],
      ['plannedDate', 'F9b'],
      ['fgmSubtype', 'F10b'],
    ]);
  });

  it('rejects a subtype of another type (F10b), accepts its own subtypes and "not-known"', () => {
    expect(issuesOf({ fgmType: 'type-3', fgmSubtype: '2c' })).toEqual([
      { key: 'fgmSubtype', code: 'F10b', message: expect.stringContaining('does not belong to the type') },
    ]);
    expect(issuesOf({ fgmType: 'type-3', fgmSubtype: '3b' })).toEqual([]);
    expect(issuesOf({ fgmType: 'type-4', fgmSubtype: '4-cauterising' })).toEqual([]);
    expect(issuesOf({ fgmType: 'type-2', fgmSubtype: 'not-known' })).toEqual([]);
    // Type unknown: F10b is hidden and its answer ignored (the statechart clears it).
    expect(issuesOf({ fgmType: 'unknown', fgmSubtype: '1a' })).toEqual([]);
  });

  it('rejects an NHS number that is not 10 digits with a valid check digit (F11b)', () => {
    const row = (nhsNumber: string) => ({ hasGirlsInFamily: 'yes', girlsInFamily: [{ nhsNumber }] });
    expect(issuesOf(row('9434765919'))).toEqual([]);
    expect(issuesOf(row('9434765918'))[0]).toMatchObject({
      key: 'girlsInFamily',
      code: 'F11b',
      message: expect.stringContaining('NHS number'),
    });
    expect(issuesOf(row('943 476 5919'))).toHaveLength(1);
  });

  it('computes the modulus 11 check digit (a remainder giving 10 is never valid)', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765927')).toBe(true);
    expect(isValidNhsNumber('943476591')).toBe(false);
    // 0000000060: weights give 6·2 = 12, 11 − (12 mod 11) = 10 → invalid whatever the last digit.
    for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(`000000006${d}`)).toBe(false);
  });

  it('rejects a date-time without an offset in F15c', () => {
    const issues = issuesOf({ identifiedBy: [{ policeReportMadeAt: '2025-03-14 16:00' }] }, GIRL);
    expect(issues[0]).toMatchObject({ key: 'identifiedBy', code: 'F15d' });
  });

  it('is the schema the definition validates with', () => {
    expect(fgm.schema).toBe(fgmSchema);
    expect(() => assess('fgm', { fgmType: 'type-9' }, WOMAN)).toThrow(ProformaValidationError);
  });
});
