import { ACTION_LABELS, LEVEL_LABELS, type ActionCode, type Level, type ProformaId } from '@proformas/core';
import type { Coding } from '../fhir/datatypes.ts';
import { codeSystemUrl } from '../options.ts';

/** The project's CodeSystems (coding.md §2.1), each at `{base}/CodeSystem/<name>`. */
export type ProjectCodeSystem =
  | 'proforma'
  | 'level'
  | 'action'
  | 'rule'
  | 'fa-level'
  | 'cse-risk'
  | 'yes-no-unknown'
  | 'answer-status'
  | 'department-type'
  | 'attendance-category'
  | 'attendance-reason'
  | 'attendance-outcome'
  | 'attendance-source'
  | 'safeguarding-concept';

export const projectCoding = (
  base: string,
  system: ProjectCodeSystem,
  code: string,
  display?: string,
): Coding => ({
  system: codeSystemUrl(base, system),
  code,
  ...(display ? { display } : {}),
});

export const levelCoding = (base: string, level: Level): Coding =>
  projectCoding(base, 'level', level, LEVEL_LABELS[level]);

export const actionCoding = (base: string, action: ActionCode): Coding =>
  projectCoding(base, 'action', action, ACTION_LABELS[action]);

export const proformaCoding = (base: string, id: ProformaId, version?: string): Coding => ({
  ...projectCoding(base, 'proforma', id),
  ...(version ? { version } : {}),
});

/** The `yes-no-unknown` system (coding.md §2.2): yes-no-unknown items answer with these codes. */
export const YES_NO_UNKNOWN_DISPLAY: Readonly<Record<string, string>> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not known',
};

/** `answer-status#none-ticked`: a multi item answered with an empty list (coding.md §2.2). */
export const NONE_TICKED = { code: 'none-ticked', display: 'None of these' } as const;

/**
 * Stand-in codes for concepts not yet found in SNOMED CT (coding.md §1 "Not found"): the display
 * says so, as coding.md asks.
 */
export const standInCoding = (base: string, code: 'frequent-attender'): Coding =>
  projectCoding(
    base,
    'safeguarding-concept',
    code,
    'Frequent attender (project code: SNOMED CT concept not yet found)',
  );
