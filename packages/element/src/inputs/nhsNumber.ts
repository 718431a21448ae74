/** Modulus 11: the NHS number's check digit from its first nine digits; undefined for remainder 10. */
export const nhsCheckDigit = (nine: string): number | undefined => {
  const sum = [...nine].reduce((total, digit, i) => total + Number(digit) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
};

/** Ten digits (spaces allowed) whose last is the Modulus 11 check digit of the first nine. */
export const isValidNhsNumber = (value: string): boolean => {
  const digits = value.replace(/\s/g, '');
  return /^\d{10}$/.test(digits) && nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
};

export const compactNhsNumber = (value: string): string => value.replace(/\s/g, '');
