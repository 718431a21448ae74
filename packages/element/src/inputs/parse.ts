import type { ProformaId } from '@proformas/core';
import type { ZodMiniType } from 'zod/mini';
import {
  attendanceSchema,
  configSchema,
  endpointsSchema,
  patientSchema,
  prefillSchema,
  proformaIdSchema,
} from './schemas.ts';
import type { EmbedAttendance, EmbedConfig, EmbedEndpoints, EmbedPatient, Prefill } from './types.ts';

/** The inputs a host sets, each as an attribute (JSON text, or the id) or a property (a value). */
export interface InputValues {
  proforma: ProformaId;
  patient: EmbedPatient;
  attendance: EmbedAttendance;
  prefill: Prefill;
  config: EmbedConfig;
  endpoints: EmbedEndpoints;
}
export type InputName = keyof InputValues;
export const INPUT_NAMES: readonly InputName[] = [
  'proforma',
  'patient',
  'attendance',
  'prefill',
  'config',
  'endpoints',
];

const SCHEMAS: { [K in InputName]: ZodMiniType<unknown> } = {
  proforma: proformaIdSchema,
  patient: patientSchema,
  attendance: attendanceSchema,
  prefill: prefillSchema,
  config: configSchema,
  endpoints: endpointsSchema,
};

/** An input the element cannot use: which one, and what is wrong, in plain words. */
export class EmbedInputError extends Error {
  readonly input: InputName;
  constructor(input: InputName, message: string) {
    super(message);
    this.name = 'EmbedInputError';
    this.input = input;
  }
}

export type Parsed<K extends InputName> =
  { ok: true; value: InputValues[K] } | { ok: false; error: EmbedInputError };

const describePath = (path: readonly PropertyKey[]): string =>
  path.length === 0 ? '' : `${path.map(String).join('.')}: `;

/** Check a value (from a property, or parsed from an attribute) against the input's shape. */
export function checkInput<K extends InputName>(name: K, value: unknown, from = 'property'): Parsed<K> {
  const result = SCHEMAS[name].safeParse(value);
  if (result.success) return { ok: true, value: result.data as InputValues[K] };
  const problems = result.error.issues.map((issue) => `${describePath(issue.path)}${issue.message}`);
  return {
    ok: false,
    error: new EmbedInputError(name, `The "${name}" ${from} cannot be used. ${problems.join(' ')}`),
  };
}

/**
 * An attribute's text as the input's value: the proforma id as it is, every other input as JSON.
 * Bad JSON or a wrong shape gives an EmbedInputError naming the attribute and the problem.
 */
export function parseAttribute<K extends InputName>(name: K, text: string): Parsed<K> {
  if (name === 'proforma') return checkInput(name, text.trim(), 'attribute');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Not the engine's message: it may quote the text ("Ada Testwe"... is not valid JSON), and the
    // patient's details stay out of a message an EPR may log. Only where it went wrong.
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const where = at === undefined ? '' : `; it goes wrong at character ${Number(at) + 1}`;
    return {
      ok: false,
      error: new EmbedInputError(
        name,
        `The "${name}" attribute is not valid JSON (check the double quotes round every name and text, and the commas between them${where}).`,
      ),
    };
  }
  return checkInput(name, value, 'attribute');
}
