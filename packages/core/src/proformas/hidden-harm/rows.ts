import { ageAt } from '../../model/age.ts';

// Helpers for the two repeating groups (hidden-harm.md "Fields of `children`", "Derived values").

/**
 * `childAge(row)`: completed years from the row's date of birth to the Europe/London date of
 * arrival. Undefined when the date is missing, not a date, or after the arrival.
 */
export const childAge = (dateOfBirth: string | undefined, arrivedAt: string): number | undefined =>
  dateOfBirth === undefined ? undefined : ageAt(dateOfBirth, arrivedAt)?.years;

/** How a row is named in messages and reasons: its name, else "Child n" (hidden-harm.md "Completion rules"). */
export const rowName = (row: { name?: string | undefined }, index: number): string => {
  const name = row.name?.trim();
  return name ? name : `Child ${index + 1}`;
};

/**
 * An NHS number: 10 digits (spaces allowed) whose last digit is the Modulus 11 check digit of the
 * first nine (weights 10 down to 2; 11 → 0; 10 is never valid).
 */
export const isValidNhsNumber = (value: string): boolean => {
  const digits = value.replace(/\s+/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
};
