import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/assess.ts';
import { ProformaValidationError } from '../../model/validation.ts';
import { context } from './fixtures-common.ts';
import { cseFixtures } from './fixtures.ts';
import { cseSchema, SHARING_VIEWS } from './schema.ts';

// cse.md "Items" and domain/README.md "The public contract": wrong types, unknown option codes and
// unknown keys throw ProformaValidationError listing each (key, code, message); partial answers never throw.

const issuesOf = (answers: Record<string, unknown>, years = 15) => {
  try {
    assess('cse', answers, context(years, 'female'));
  } catch (error) {
    expect(error).toBeInstanceOf(ProformaValidationError);
    return (error as ProformaValidationError).issues;
  }
  return expect.unreachable('should have thrown ProformaValidationError');
};

describe('cse schema', () => {
  it.each([
    ['a wrong type (S8 boolean)', { immediateDanger: true }, 'immediateDanger', 'S8'],
    ['an unknown option code (S7)', { screenReasons: ['morning-after-pill'] }, 'screenReasons', 'S7'],
    ['a multi given as a string (S12)', { demeanour: 'settled' }, 'demeanour', 'S12'],
    ['an unknown yes/no/not-known code (G3)', { learningDisability: 'maybe' }, 'learningDisability', 'G3'],
    ['a partner age over 120 (S3.1)', { partnerAgeYears: 121 }, 'partnerAgeYears', 'S3.1'],
    ['a negative partner age (S3.1)', { partnerAgeYears: -1 }, 'partnerAgeYears', 'S3.1'],
    ['a partner age that is not whole (S3.1)', { partnerAgeYears: 17.5 }, 'partnerAgeYears', 'S3.1'],
    ['a date that does not exist (S10.1)', { assaultDate: '2025-02-30' }, 'assaultDate', 'S10.1'],
    ['an assault date after the attendance (S10.1)', { assaultDate: '2025-03-11' }, 'assaultDate', 'S10.1'],
    ['an unknown key', { partnerName: 'Synthetic' }, 'partnerName', ''],
  ])('%s throws with its key, code and a message', (_, answers, key, code) => {
    const issues = issuesOf(answers);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ key, code });
    expect(issues[0]?.message.length).toBeGreaterThan(10);
  });

  it('lists every invalid item at once', () => {
    const issues = issuesOf({ immediateDanger: 'perhaps', partnerAgeYears: 200, nickname: 'x' });
    expect(issues.map((i) => i.key).sort()).toEqual(['immediateDanger', 'nickname', 'partnerAgeYears']);
  });

  it('accepts the boundaries: partner age 0 and 120; an assault on the attendance date', () => {
    expect(() => assess('cse', { partnerAgeYears: 0 }, context(15, 'female'))).not.toThrow();
    expect(() => assess('cse', { partnerAgeYears: 120 }, context(15, 'female'))).not.toThrow();
    expect(() => assess('cse', { assaultDate: '2025-03-10' }, context(15, 'female'))).not.toThrow();
  });

  it('refuses a patient aged 18 or over (the form is never used at 18+)', () => {
    expect(() => assess('cse', {}, context(18, 'female'))).toThrow(ProformaValidationError);
    expect(() => assess('cse', {}, context(17, 'female'))).not.toThrow();
  });

  it('partial answers never throw: empty, one answer, and every fixture', () => {
    expect(assess('cse', {}, context(15, 'female')).detail['cseRisk']).toBe('NONE');
    expect(assess('cse', { immediateDanger: 'yes' }, context(15, 'female')).level).toBe('EMERGENCY');
    for (const f of cseFixtures) expect(() => assess('cse', f.answers, f.context)).not.toThrow();
  });

  it('every key is optional (a draft may be empty)', () => {
    expect(cseSchema.safeParse({}).success).toBe(true);
  });

  it("S16 keeps the key the triage's P-R8 reads (youngPersonSharingView) and its codes", () => {
    expect(cseSchema.safeParse({ youngPersonSharingView: 'agrees' }).success).toBe(true);
    expect(SHARING_VIEWS).toEqual(['agrees', 'objects', 'not-asked']);
  });
});
