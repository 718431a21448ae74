import * as z from 'zod/mini';
import { isDateTimeWithOffset, parseDate } from '../../model/dates.ts';
import {
  THIRD_PARTY_SOURCES,
  REGULATORS,
  HEARD_OR_SAW,
  FGM_TYPES,
  SUBTYPES_BY_TYPE,
  FGM_SUBTYPES,
  UNBORN_SEX,
  PART_ONE_INDICATORS,
  SUPPORT_OFFER_ANSWERS,
  RELATIONSHIPS,
  SIGNIFICANT_INDICATORS,
  OTHER_INDICATORS,
} from './codes.ts';

// The answers of the FGM form (fgm.md "Items"). Every key is optional: a draft is partial. Option
// codes are in codes.ts. F15a–F15c are fields of each F15d row.

/** An NHS number: 10 digits whose last is the modulus 11 check digit of the first nine. */
export const isValidNhsNumber = (value: string): boolean => {
  if (!/^\d{10}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = digits.slice(0, 9).reduce((total, digit, i) => total + digit * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === digits[9];
};

const choice = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z.optional(z.enum(codes, { error: 'Choose one of the options listed for this question.' }));
const multi = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z.optional(
    z.array(z.enum(codes, { error: 'This is not one of the options listed for this question.' }), {
      error: 'Give a list of the options that apply (an empty list means none of these).',
    }),
  );
const yesNo = z.optional(z.enum(['yes', 'no'], { error: 'Choose yes or no.' }));
const yesNoUnknown = z.optional(z.enum(['yes', 'no', 'unknown'], { error: 'Choose yes, no or not known.' }));
const text = z.optional(z.string({ error: 'Enter text.' }));
const date = z.optional(
  z
    .string({ error: 'Enter a date.' })
    .check(z.refine((v) => parseDate(v) !== undefined, { error: 'Enter a real date as YYYY-MM-DD.' })),
);
const dateTime = z.optional(
  z.string({ error: 'Enter a date and time.' }).check(
    z.refine(isDateTimeWithOffset, {
      error: 'Enter a real date and time with its UTC offset, for example 2025-03-14T16:30+00:00.',
    }),
  ),
);
const nhsNumber = z.optional(
  z
    .string({ error: 'Enter the NHS number.' })
    .check(
      z.refine(isValidNhsNumber, { error: 'Enter a real NHS number: 10 digits, with a valid check digit.' }),
    ),
);

/** One F15d row: a member of staff who heard her or saw the signs (F15a–F15c and F15e for a regulated person). */
export const identifiedByRowSchema = z.strictObject({
  name: text,
  profession: text,
  regulator: choice(REGULATORS),
  heardOrSaw: choice(HEARD_OR_SAW),
  reportedByColleague: yesNo,
  policeReferenceNumber: text,
  policeReportMadeAt: dateTime,
  reportPendingReason: text,
});

/** One F11b row: a girl under 18 in the family. */
export const girlRowSchema = z.strictObject({
  name: text,
  dateOfBirth: date,
  nhsNumber,
  relationship: choice(RELATIONSHIPS),
  hadFgm: yesNoUnknown,
  hasFgmIsIndicator: yesNoUnknown,
});

const fgmShape = z.strictObject({
  fgmIsIndicatorFound: yesNoUnknown,
  practisingCommunity: yesNoUnknown,
  hasBeenCut: yesNoUnknown,
  girlDisclosed: yesNo,
  girlDisclosureWords: text,
  signsObserved: yesNo,
  signsObservedDetail: text,
  thirdPartyReport: yesNo,
  thirdPartySource: choice(THIRD_PARTY_SOURCES),
  identifiedBy: z.optional(z.array(identifiedByRowSchema, { error: 'Give a list of people (F15d).' })),
  fgmType: choice(FGM_TYPES),
  fgmSubtype: choice(FGM_SUBTYPES),
  pregnant: yesNoUnknown,
  unbornSex: choice(UNBORN_SEX),
  partOneIndicators: multi(PART_ONE_INDICATORS),
  womansView: text,
  specialistSupportOffer: choice(SUPPORT_OFFER_ANSWERS),
  hasGirlsInFamily: yesNoUnknown,
  girlsInFamily: z.optional(z.array(girlRowSchema, { error: 'Give a list of girls (F11b).' })),
  significantIndicators: multi(SIGNIFICANT_INDICATORS),
  otherIndicators: multi(OTHER_INDICATORS),
  travelOrProcedurePlanned: yesNoUnknown,
  plannedDate: date,
  cutterOrImminentSign: yesNo,
});

/** The F10a types a subtype may go with (fgm.md "Completion rules": a mismatch is invalid input). */
const subtypeFits = (type: unknown, subtype: unknown): boolean => {
  if (typeof subtype !== 'string' || subtype === 'not-known') return true;
  // SAFER READING: with no type, or `unknown`, F10b is hidden and its answer ignored (the statechart
  // clears it), as for any hidden answer; only a subtype of a different type is invalid input.
  if (typeof type !== 'string' || !(type in SUBTYPES_BY_TYPE)) return true;
  const allowed: readonly string[] = SUBTYPES_BY_TYPE[type as keyof typeof SUBTYPES_BY_TYPE];
  return allowed.includes(subtype);
};

export const fgmSchema = fgmShape.check(
  z.refine(
    (answers) =>
      typeof answers !== 'object' || answers === null || subtypeFits(answers.fgmType, answers.fgmSubtype),
    {
      path: ['fgmSubtype'],
      error: 'This subtype does not belong to the type of FGM chosen in F10a.',
      // Checked even when another answer is invalid, so every invalid item is listed at once.
      when: () => true,
    },
  ),
);

export type FgmAnswers = z.infer<typeof fgmSchema>;
export type FgmKey = keyof FgmAnswers & string;
export type IdentifiedByRow = z.infer<typeof identifiedByRowSchema>;
export type IdentifiedByField = keyof IdentifiedByRow & string;
export type GirlRow = z.infer<typeof girlRowSchema>;
export type GirlRowField = keyof GirlRow & string;
