import { ATTENDANCE_REASONS, PROFORMA_IDS } from '@proformas/core';
import * as z from 'zod/mini';
import { isValidNhsNumber } from './nhsNumber.ts';

// The shape of each input the host gives (attribute or property). Clinical checks stay in core:
// these only make sure a form can be opened and a bundle written.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const proformaIdSchema = z.enum(PROFORMA_IDS, {
  error: `Use one of: ${PROFORMA_IDS.join(', ')}.`,
});

export const patientSchema = z.object({
  name: z.optional(z.string()),
  nhsNumber: z.optional(
    z.string().check(z.refine(isValidNhsNumber, 'Enter a 10-digit NHS number with a valid check digit.')),
  ),
  dateOfBirth: z.string().check(z.regex(DATE, 'Give the date of birth as YYYY-MM-DD.')),
  sex: z.enum(['female', 'male', 'indeterminate', 'unknown'], {
    error: 'Use female, male, indeterminate or unknown.',
  }),
  address: z.optional(z.string()),
});

export const attendanceSchema = z.object({
  id: z.string().check(z.minLength(1, 'Give the attendance an id.')),
  arrivedAt: z
    .string()
    .check(z.regex(DATE_TIME, 'Give the arrival as a date-time with an offset, 2026-11-26T10:30:00+00:00.')),
  providerId: z.string().check(z.regex(/^[A-Za-z0-9]{3,10}$/, 'Give the ODS code of the provider.')),
  providerName: z.optional(z.string()),
  siteId: z.optional(z.string()),
  departmentType: z.enum(['01', '02', '03', '04', 'ooh-gp'], { error: 'Use 01, 02, 03, 04 or ooh-gp.' }),
  category: z.optional(z.enum(['unplanned', 'planned-follow-up'])),
  reasons: z.optional(z.array(z.enum(ATTENDANCE_REASONS))),
  presentingComplaint: z.optional(z.string()),
  outcome: z.optional(
    z.enum([
      'discharged',
      'follow-up-arranged',
      'referred-on',
      'admitted',
      'transferred',
      'left-before-complete',
      'unknown',
    ]),
  ),
  leftBeforeSeen: z.optional(z.boolean()),
  source: z.optional(z.enum(['local', 'shared-record', 'cp-is', 'self-report'])),
});

const contact = z.object({
  name: z.string(),
  phone: z.optional(z.string()),
  email: z.optional(z.string()),
  address: z.optional(z.string()),
});

export const configSchema = z.object({
  // Checked item by item by core (resolveConfig) when the form is assessed.
  safeguarding: z.optional(z.record(z.string(), z.unknown())),
  fhirBase: z.optional(z.url({ error: 'Give the FHIR base as an absolute URL.' })),
  site: z.optional(
    z.object({
      name: z.optional(z.string()),
      odsCode: z.optional(z.string()),
      address: z.optional(z.string()),
    }),
  ),
  referrer: z.optional(
    z.object({
      service: z.optional(z.string()),
      phone: z.optional(z.string()),
      email: z.optional(z.string()),
    }),
  ),
  directory: z.optional(z.record(z.string(), contact)),
});

export const endpointsSchema = z.object({
  registry: z.optional(z.string().check(z.minLength(1))),
  cpis: z.optional(z.string().check(z.minLength(1))),
  credentials: z.optional(z.enum(['omit', 'same-origin', 'include'])),
});

/** Plain answers by item key, or a QuestionnaireResponse; either way a JSON object. */
export const prefillSchema = z.record(z.string(), z.unknown());
