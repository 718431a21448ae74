import { optionsOf, type GroupField, type Item } from '@proformas/core';
import { isIsoDate, isIsoDateTime } from '../fields/dateParts.ts';

type Shown = Pick<Item, 'type' | 'options' | 'fields'> | GroupField;

const LONDON = 'Europe/London';

export const formatDate = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${iso}T00:00:00Z`));

export const formatDateTime = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: LONDON,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(iso))
    .replace(' at ', ', ');

/** An answer as the clinician reads it on the check-your-answers page. */
export const formatAnswer = (item: Shown, value: unknown): string => {
  if (value === undefined || value === null || value === '') return 'Not answered';
  const label = (code: unknown): string =>
    optionsOf(item).find((o) => o.code === code)?.label ?? String(code);
  const type = item.type;
  switch (type) {
    case 'yes-no':
    case 'yes-no-unknown':
    case 'choice':
      return label(value);
    case 'multi':
      return Array.isArray(value) && value.length > 0 ? value.map(label).join(', ') : 'None';
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? formatDate(value) : String(value);
    case 'date-time':
      return typeof value === 'string' && isIsoDateTime(value) ? formatDateTime(value) : String(value);
    case 'group': {
      if (!Array.isArray(value) || value.length === 0) return 'None';
      const fields = 'fields' in item ? (item.fields ?? []) : [];
      return value
        .map((row: Record<string, unknown>, index) => {
          const parts = fields
            .filter((f) => row[f.key] !== undefined)
            .map((f) => `${f.question} ${formatAnswer(f, row[f.key])}`);
          return `Entry ${index + 1}: ${parts.join('; ') || 'no details'}`;
        })
        .join('\n');
    }
    case 'text':
    case 'integer':
      return String(value);
    default:
      return type satisfies never;
  }
};
