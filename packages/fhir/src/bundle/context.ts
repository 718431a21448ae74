import { PROFORMA_IDS, type ActionCode, type ProformaId } from '@proformas/core';
import type { Coding, Reference } from '../fhir/datatypes.ts';
import { toFhirDateTime } from '../response/dateTime.ts';
import { NHS_NUMBER, V3_ACT_CODE, V3_CONFIDENTIALITY } from '../terminology/systems.ts';
import { urnFor } from './ids.ts';
import type { EncounterBundleInput } from './input.ts';

/** What every resource builder of the Bundle reads. */
export interface BundleContext {
  base: string;
  input: EncounterBundleInput;
  /** The fullUrl of a resource of the Bundle, from its kind and what tells it apart. */
  urn: (...parts: readonly (string | number)[]) => string;
  patient: Reference;
  encounter: Reference;
  /** Sign-off time, else arrival: a FHIR dateTime. */
  when: string;
  /** The signing clinician (a PractitionerRole), when signed. */
  clinician?: Reference;
  /** The forms present whose own assessment asked for the action. */
  formsWith: (action: ActionCode) => ProformaId[];
}

export const ref = (reference: string, type: string): Reference => ({ reference, type });

/** A Patient by NHS number (coding.md §2.3: "Patient, by NHS number"). */
export const patientByNhsNumber = (nhsNumber: string | null | undefined): Reference =>
  nhsNumber
    ? { type: 'Patient', identifier: { system: NHS_NUMBER, value: nhsNumber } }
    : { type: 'Patient', display: 'Patient (NHS number not recorded)' };

export const fhirDateTime = (value: string): string => toFhirDateTime(value).value;

export const bundleContext = (input: EncounterBundleInput, base: string): BundleContext => {
  const { attendance, signed, assessment } = input;
  return {
    base,
    input,
    urn: (...parts) => urnFor([base, attendance.id, ...parts].join('|')),
    patient: patientByNhsNumber(attendance.nhsNumber),
    encounter: ref(urnFor([base, attendance.id, 'Encounter'].join('|')), 'Encounter'),
    when: fhirDateTime(signed?.at ?? attendance.arrivedAt),
    ...(signed ? { clinician: { type: 'PractitionerRole', display: signed.by } } : {}),
    formsWith: (action) => PROFORMA_IDS.filter((id) => assessment.forms[id]?.actions.includes(action)),
  };
};

/**
 * coding.md §2.8 "Sensitivity": a `safeguarding-third-party` document's Communication (and its
 * ServiceRequest) carries R (restricted) and NOPAT (no disclosure to the patient, family or
 * caregivers without the attending provider's authorisation).
 */
export const SENSITIVE_LABELS: readonly Coding[] = [
  { system: V3_CONFIDENTIALITY, code: 'R', display: 'restricted' },
  {
    system: V3_ACT_CODE,
    code: 'NOPAT',
    display: "no disclosure to patient, family or caregivers without attending provider's authorization",
  },
];

export const securityMeta = (sensitive: boolean) => (sensitive ? { security: [...SENSITIVE_LABELS] } : {});
