import { describe, expect, it } from 'vitest';
import { GIRL, GIRL_ATTENDANCE } from '../test/synthetic.ts';
import { isValidNhsNumber } from './nhsNumber.ts';
import { checkInput, parseAttribute } from './parse.ts';

describe('parseAttribute', () => {
  it('reads the proforma id as it is, trimmed', () => {
    expect(parseAttribute('proforma', ' cse ')).toEqual({ ok: true, value: 'cse' });
  });

  it('refuses an unknown proforma, naming the ones there are', () => {
    const parsed = parseAttribute('proforma', 'cse-v2');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.input).toBe('proforma');
      expect(parsed.error.message).toContain('paediatric-triage, hidden-harm, cse, fgm, frequent-attender');
    }
  });

  it('reads JSON attributes into values', () => {
    expect(parseAttribute('patient', JSON.stringify(GIRL))).toEqual({ ok: true, value: GIRL });
    expect(parseAttribute('attendance', JSON.stringify(GIRL_ATTENDANCE))).toEqual({
      ok: true,
      value: GIRL_ATTENDANCE,
    });
  });

  it('names the attribute and the parser problem when the JSON is bad', () => {
    const parsed = parseAttribute('patient', "{ dateOfBirth: '2018-11-20' }");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.name).toBe('EmbedInputError');
      expect(parsed.error.input).toBe('patient');
      expect(parsed.error.message).toMatch(/^The "patient" attribute is not valid JSON \(.+\)\.$/);
      expect(parsed.error.message).not.toContain('2018-11-20');
    }
  });

  it('never repeats the text itself in the message (an EPR may log it)', () => {
    const parsed = parseAttribute('patient', 'Ada Testwell 2018-11-20');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.message).toMatch(/^The "patient" attribute is not valid JSON/);
      expect(parsed.error.message).not.toMatch(/Ada|Testwell|2018/);
    }
  });

  it('says which field is wrong and how to fix it', () => {
    const parsed = parseAttribute('patient', JSON.stringify({ ...GIRL, dateOfBirth: '20/11/2018' }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error.message).toBe(
        'The "patient" attribute cannot be used. dateOfBirth: Give the date of birth as YYYY-MM-DD.',
      );
  });

  it('refuses an NHS number whose check digit is wrong', () => {
    const parsed = parseAttribute('patient', JSON.stringify({ ...GIRL, nhsNumber: '999 000 0019' }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toContain('nhsNumber: Enter a 10-digit NHS number');
  });

  it('refuses a prefill that is not an object', () => {
    expect(parseAttribute('prefill', '["yes"]').ok).toBe(false);
    expect(parseAttribute('prefill', '{"immediateDanger":"no"}')).toEqual({
      ok: true,
      value: { immediateDanger: 'no' },
    });
  });

  it('reads endpoints and site config', () => {
    expect(
      parseAttribute('endpoints', '{"registry":"/api/registry/attendances","cpis":"/api/cpis"}').ok,
    ).toBe(true);
    const bad = parseAttribute('config', '{"fhirBase":"not a url"}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain('fhirBase: Give the FHIR base as an absolute URL.');
  });
});

describe('checkInput (properties)', () => {
  it('checks a property value with the same rules and says it was a property', () => {
    const parsed = checkInput('attendance', { ...GIRL_ATTENDANCE, departmentType: '05' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error.message).toBe(
        'The "attendance" property cannot be used. departmentType: Use 01, 02, 03, 04 or ooh-gp.',
      );
  });
});

describe('isValidNhsNumber', () => {
  it.each([
    ['999 000 0018', true],
    ['9990000026', true],
    ['999 000 0019', false],
    ['99900000', false],
    ['999 123 4560', false], // remainder 10: no valid check digit
  ])('%s → %s', (value, valid) => {
    expect(isValidNhsNumber(value)).toBe(valid);
  });
});
