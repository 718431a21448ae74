import type { ProformaId } from '@proformas/core';
import type { Answerable } from './linkIds.ts';

/** A sibling a condition may read: an item of the form, or a field of the same group row. */
export interface ScopeEntry {
  linkId: string;
  answerable: Answerable;
  /** Position among its siblings. */
  index: number;
}

/**
 * Where a condition is translated: the form's items (answers read from `%resource`) or one group
 * row's fields (answers read from `%row`, the row's QuestionnaireResponse item).
 */
export interface ConditionScope {
  base: string;
  proformaId: ProformaId;
  root: '%resource' | '%row';
  lookup: (key: string) => ScopeEntry | undefined;
  /** Position of the item whose condition this is: enableWhen reads earlier siblings only. */
  position: number;
}

/** The names of the variables an expression reads, other than the answers (README "Expressions"). */
export interface ExpressionVariables {
  /** Site settings, declared on the Questionnaire with their values. */
  config: Set<string>;
  /** Supplied by the filler: ageYears, ageMonths, sex, level, derived_<name>. */
  host: Set<string>;
}

export const newVariables = (): ExpressionVariables => ({ config: new Set(), host: new Set() });

export const entryOrThrow = (scope: ConditionScope, key: string): ScopeEntry => {
  const entry = scope.lookup(key);
  if (!entry) throw new Error(`The ${scope.proformaId} condition reads "${key}", which is not in its scope.`);
  return entry;
};

/** A FHIRPath string literal. */
export const literal = (value: string): string => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
