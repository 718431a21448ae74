import type { SafeguardingConfig } from '@proformas/core';

/**
 * The project's canonical base URL (coding.md §2.1: "set once per deployment"). This default is a
 * PLACEHOLDER on a reserved example domain: a deployment passes its own `base` and keeps it for
 * good, since every Questionnaire url and CodeSystem url is built from it.
 */
export const DEFAULT_BASE = 'https://example.org/fhir/safeguarding';

export interface FhirOptions {
  /** The canonical base URL, without a trailing slash (default: DEFAULT_BASE, a placeholder). */
  base?: string;
  /** Site settings: the Questionnaire declares the thresholds its expressions read. */
  config?: Partial<SafeguardingConfig>;
}

export const baseOf = (options: FhirOptions = {}): string =>
  (options.base ?? DEFAULT_BASE).replace(/\/+$/, '');

/** `{base}/CodeSystem/<name>` (coding.md §2.1). */
export const codeSystemUrl = (base: string, name: string): string => `${base}/CodeSystem/${name}`;

/** `{base}/StructureDefinition/<name>`: the project's own extensions. */
export const extensionUrl = (base: string, name: string): string => `${base}/StructureDefinition/${name}`;

export const questionnaireUrl = (base: string, proformaId: string): string =>
  `${base}/Questionnaire/${proformaId}`;
