import {
  evaluateCondition,
  type AnyProformaDefinition,
  type GroupField,
  type Item,
  type ProformaEvaluation,
  type Sex,
} from '@proformas/core';
import { formatIssue } from '../errors/answerFormat.ts';

const isRow = (row: unknown): row is Record<string, unknown> => typeof row === 'object' && row !== null;

/**
 * What the statechart receives for what is on screen: the answer when it is well formed, else
 * nothing (the box keeps what was typed, and validation says what is wrong). In a group, only
 * the badly formed fields of a row are held back.
 */
export const answerToSend = (definition: AnyProformaDefinition, item: Item, value: unknown): unknown => {
  if (value === undefined) return undefined;
  let candidate = value;
  if (item.type === 'group' && Array.isArray(value)) {
    candidate = value.filter(isRow).map((row) =>
      Object.fromEntries(
        Object.entries(row).filter(([key, v]) => {
          const field = item.fields?.find((f) => f.key === key);
          return field !== undefined && formatIssue(field, v) === undefined;
        }),
      ),
    );
  } else if (formatIssue(item, value) !== undefined) {
    return undefined;
  }
  return definition.schema.safeParse({ [item.key]: candidate }).success ? candidate : undefined;
};

/** Whether a field of a group row is shown: its condition reads the row's own answers (core's evaluator). */
export const rowFieldShown = (
  field: GroupField,
  row: Record<string, unknown>,
  evaluation: Pick<ProformaEvaluation, 'config' | 'age' | 'encounterLevel'>,
  sex: Sex,
): boolean =>
  field.shownWhen === undefined ||
  evaluateCondition(field.shownWhen, {
    answers: row,
    derived: {},
    config: evaluation.config,
    age: evaluation.age,
    sex,
    level: evaluation.encounterLevel,
  });
