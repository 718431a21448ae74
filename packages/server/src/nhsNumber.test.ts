import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, nhsCheckDigit, normaliseNhsNumber } from './nhsNumber.ts';

describe('NHS number Modulus 11', () => {
  it.each([
    ['943476591', 9],
    ['999001000', 5],
    ['999001037', 4],
    ['401023213', 7],
  ])('the check digit of %s is %i', (stem, digit) => {
    expect(nhsCheckDigit(stem)).toBe(digit);
  });

  it('has no valid check digit when the remainder gives 10', () => {
    // 999001003: the digits weighted 10 down to 2 sum to 254; 254 mod 11 = 1; 11 − 1 = 10.
    expect(nhsCheckDigit('999001003')).toBeUndefined();
    for (let digit = 0; digit <= 9; digit += 1) expect(isValidNhsNumber(`999001003${digit}`)).toBe(false);
  });

  it('gives 0 when 11 minus the remainder is 11', () => {
    const stem = Array.from({ length: 1000 }, (_, i) => `999${String(i).padStart(6, '0')}`).find(
      (s) => nhsCheckDigit(s) === 0,
    );
    expect(stem).toBeDefined();
    expect(isValidNhsNumber(`${stem}0`)).toBe(true);
  });

  it('accepts only 10 digits with the right check digit', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('943476591a')).toBe(false);
  });

  it('reads numbers written with spaces or hyphens', () => {
    expect(normaliseNhsNumber('943 476 5919')).toBe('9434765919');
    expect(normaliseNhsNumber('943-476-5919')).toBe('9434765919');
  });
});
