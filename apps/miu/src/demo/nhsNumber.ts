/** The Modulus 11 check digit of the first nine digits; undefined when there is none (remainder 10). */
export const nhsCheckDigit = (nine: string): number | undefined => {
  const sum = [...nine].reduce((total, digit, i) => total + Number(digit) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
};

export const isValidNhsNumber = (value: string): boolean => {
  const digits = value.replace(/\s/g, '');
  return /^\d{10}$/.test(digits) && nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
};

/** 3-3-4, as NHS numbers are shown: "999 000 0018". */
export const formatNhsNumber = (value: string): string => {
  const d = value.replace(/\s/g, '');
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
};
