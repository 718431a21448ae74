// Arbitrary VALID answers to a proforma, generated from its items (types and option codes), then
// passed through the proforma's own schema: an answer that fails one of its refinements (an NHS
// number's check digit, an FGM subtype of another type) is dropped, so every case is valid input.
import {
  evaluate,
  getProforma,
  optionsOf,
  ProformaValidationError,
  type AssessmentContext,
  type GroupField,
  type Item,
  type ProformaId,
} from '@proformas/core';
import fc from 'fast-check';

/** A FHIR `string`: not empty, and not whitespace alone other than space, tab and newlines. */
export const FHIR_STRING = /^[ \r\n\t\S]+$/u;
const fhirString = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .filter((s) => FHIR_STRING.test(s));

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const offsetArb = fc.oneof(
  fc.constant('Z'),
  fc
    .record({
      sign: fc.constantFrom('+', '-'),
      h: fc.integer({ min: 0, max: 13 }),
      m: fc.constantFrom(0, 30, 45),
    })
    .map(({ sign, h, m }) => `${sign}${pad(h)}:${pad(m)}`),
  fc.constant('+14:00'),
);
/** Engine date-times: seconds optional (a fraction only with seconds), offset always. */
const dateTimeArb = fc
  .record({
    date: dateArb,
    h: fc.integer({ min: 0, max: 23 }),
    m: fc.integer({ min: 0, max: 59 }),
    s: fc.option(
      fc.record({ s: fc.integer({ min: 0, max: 59 }), frac: fc.option(fc.integer({ min: 0, max: 999 })) }),
    ),
    offset: offsetArb,
  })
  .map(({ date, h, m, s, offset }) => {
    const seconds = s ? `:${pad(s.s)}${s.frac === null ? '' : `.${pad(s.frac, 3)}`}` : '';
    return `${date}T${pad(h)}:${pad(m)}${seconds}${offset}`;
  });

/** A valid NHS number: nine digits and their modulus 11 check digit. */
const nhsNumberArb = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .map((digits) => {
    const sum = digits.reduce((total, d, i) => total + d * (10 - i), 0);
    const check = 11 - (sum % 11);
    return check === 10 ? undefined : `${digits.join('')}${check === 11 ? 0 : check}`;
  })
  .filter((n): n is string => n !== undefined);

type Answerable = Pick<Item, 'key' | 'type' | 'options' | 'min' | 'max'> & { fields?: readonly GroupField[] };

const valueArb = (a: Answerable): fc.Arbitrary<unknown> => {
  const codes = optionsOf(a).map((o) => o.code);
  switch (a.type) {
    case 'yes-no':
    case 'yes-no-unknown':
    case 'choice':
      return fc.constantFrom(...codes);
    case 'multi':
      return fc.shuffledSubarray(codes);
    case 'text':
      return a.key === 'nhsNumber' ? nhsNumberArb : fhirString;
    case 'integer':
      return fc.integer({ min: a.min ?? -1000, max: a.max ?? 100_000 });
    case 'date':
      return dateArb;
    case 'date-time':
      return dateTimeArb;
    case 'group':
      return fc.array(recordArb(a.fields ?? []), { maxLength: 3 });
    default:
      return a.type satisfies never;
  }
};

/** Some of the answerables answered (each independently), as an object without undefined values. */
const recordArb = (answerables: readonly Answerable[]): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(...answerables.map((a) => fc.option(valueArb(a), { nil: undefined, freq: 2 })))
    .map((values) =>
      Object.fromEntries(
        answerables.flatMap((a, i) => (values[i] === undefined ? [] : [[a.key, values[i]]])),
      ),
    );

/** Remove, by the schema's issue paths, whatever the proforma's schema refuses. */
export const keepValid = (id: ProformaId, answers: Record<string, unknown>): Record<string, unknown> => {
  const { schema } = getProforma(id);
  let current = structuredClone(answers);
  for (let round = 0; round < 10; round++) {
    const result = schema.safeParse(current);
    if (result.success) return current;
    for (const issue of result.error.issues) {
      const [key, row, field] = issue.path;
      const rows = current[String(key)];
      if (typeof row === 'number' && typeof field === 'string' && Array.isArray(rows)) {
        const target = rows[row] as Record<string, unknown> | undefined;
        if (target) delete target[field];
      } else delete current[String(key)];
    }
    current = structuredClone(current);
  }
  throw new Error(`Could not make the ${id} answers valid: ${JSON.stringify(answers)}`);
};

/** Arbitrary valid answers to the proforma. */
export const answersArb = (id: ProformaId): fc.Arbitrary<Record<string, unknown>> =>
  recordArb(getProforma(id).items).map((answers) => keepValid(id, answers));

/**
 * The answers the engine accepts with this context: answers its context checks refuse (a date
 * after the attendance, say) are dropped, key by key, as `keepValid` drops schema failures.
 */
export const keepValidFor = (
  id: ProformaId,
  answers: Record<string, unknown>,
  context: AssessmentContext,
): Record<string, unknown> => {
  const current = { ...answers };
  for (let round = 0; round < 10; round++) {
    try {
      evaluate(id, current, context);
      return current;
    } catch (error) {
      if (!(error instanceof ProformaValidationError)) throw error;
      for (const issue of error.issues) delete current[issue.key];
    }
  }
  throw new Error(`Could not make the ${id} answers valid for the context: ${JSON.stringify(answers)}`);
};
