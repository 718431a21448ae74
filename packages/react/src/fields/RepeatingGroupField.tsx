import type { GroupField } from '@proformas/core';
import { useLayoutEffect, useRef } from 'react';
import { Fieldset } from './Fieldset.tsx';
import type { BaseFieldProps, ValueProps } from './fieldProps.ts';
import { SimpleField } from './SimpleField.tsx';

export type GroupRow = Record<string, unknown>;

interface RepeatingGroupFieldProps extends BaseFieldProps, ValueProps<GroupRow[]> {
  fields: readonly GroupField[];
  /** Whether a field is shown in this row: row-scoped conditions, answered by core. */
  isFieldShown: (field: GroupField, row: GroupRow) => boolean;
}

/** Rows of the same few fields (e.g. each child in the household); add and remove rows. */
export function RepeatingGroupField({
  id,
  label,
  hint,
  error,
  disabled,
  onBlur,
  value,
  onChange,
  fields,
  isFieldShown,
}: RepeatingGroupFieldProps) {
  const rows = value ?? [];
  const focusAfter = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (focusAfter.current) document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = undefined;
  }, [rows.length]);
  const setRow = (index: number, key: string, fieldValue: unknown) =>
    onChange(rows.map((row, i) => (i === index ? withField(row, key, fieldValue) : row)));
  const fieldId = (index: number, key: string, first: boolean) =>
    index === 0 && first ? id : `${id}-${index}-${key}`;
  return (
    <Fieldset id={`${id}-group`} legend={label} hint={hint} error={error}>
      {rows.map((row, index) => {
        const shown = fields.filter((field) => isFieldShown(field, row));
        return (
          <fieldset className="nhsuk-fieldset app-group-row" key={index}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--xs">Entry {index + 1}</legend>
            {shown.map((field, f) => (
              <SimpleField
                key={field.key}
                id={fieldId(index, field.key, f === 0)}
                item={field}
                short
                disabled={disabled}
                onBlur={onBlur}
                value={row[field.key]}
                onChange={(v) => setRow(index, field.key, v)}
              />
            ))}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              disabled={disabled}
              onClick={() => {
                focusAfter.current = rows.length === 1 ? id : `${id}-add`;
                onChange(rows.filter((_, i) => i !== index));
              }}
            >
              Remove <span className="nhsuk-u-visually-hidden">entry {index + 1}</span>
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        id={rows.length === 0 ? id : `${id}-add`}
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        disabled={disabled}
        onClick={() => {
          focusAfter.current = rows.length === 0 ? id : `${id}-${rows.length}-${fields[0]?.key ?? ''}`;
          onChange([...rows, {}]);
        }}
      >
        {rows.length === 0 ? 'Add an entry' : 'Add another entry'}
      </button>
    </Fieldset>
  );
}

const withField = (row: GroupRow, key: string, value: unknown): GroupRow => {
  const next = { ...row };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
};
