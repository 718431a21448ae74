import type { GroupField, Item } from '@proformas/core';
import { isIsoDate, isIsoDateTime } from '../fields/dateParts.ts';

type Checked = Pick<Item, 'type' | 'question' | 'code' | 'min' | 'max' | 'fields'> | GroupField;

const empty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * What is wrong with the form of an answer as typed (not a whole number, not a real date), in
 * plain English naming the question. Whether an answer is needed at all is core's business.
 */
export const formatIssue = (item: Checked, value: unknown): string | undefined => {
  if (empty(value)) return undefined;
  const name = `"${item.question}" (${item.code})`;
  const type = item.type;
  switch (type) {
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value))
        return `Enter a whole number for ${name}, using digits only`;
      if (item.min !== undefined && value < item.min) return `${name} must be ${item.min} or more`;
      if (item.max !== undefined && value > item.max) return `${name} must be ${item.max} or less`;
      return undefined;
    }
    case 'date':
      return isIsoDate(value) ? undefined : `Enter a real date for ${name}: day, month and a 4-digit year`;
    case 'date-time':
      return isIsoDateTime(value)
        ? undefined
        : `Enter a real date and a 24-hour time, like 14:30, for ${name}`;
    case 'group': {
      if (!Array.isArray(value) || !('fields' in item)) return undefined;
      for (const [index, row] of value.entries()) {
        for (const field of item.fields ?? []) {
          const issue =
            typeof row === 'object' && row !== null
              ? formatIssue(field, (row as Record<string, unknown>)[field.key])
              : undefined;
          if (issue) return `Entry ${index + 1}: ${issue}`;
        }
      }
      return undefined;
    }
    case 'yes-no':
    case 'yes-no-unknown':
    case 'choice':
    case 'multi':
    case 'text':
      return undefined;
    default:
      return type satisfies never;
  }
};
