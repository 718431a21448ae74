/** NHS number check digit by Modulus 11 (NHS Data Dictionary); undefined when no valid digit exists. */
export const nhsCheckDigit = (firstNine: string): number | undefined => {
  if (!/^\d{9}$/.test(firstNine)) return undefined;
  const sum = [...firstNine].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return undefined;
  return check;
};

/** A 10-digit NHS number whose last digit is its Modulus 11 check digit. */
export const isValidNhsNumber = (value: string): boolean =>
  /^\d{10}$/.test(value) && nhsCheckDigit(value.slice(0, 9)) === Number(value.slice(9));

/** Spaces and hyphens are accepted on input ("999 123 4567"); stored as 10 digits. */
export const normaliseNhsNumber = (value: string): string => value.replace(/[\s-]/g, '');
