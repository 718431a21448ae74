import type { GroupField } from '@proformas/core';
import { useLayoutEffect, useRef } from 'react';
import { Fieldset } from './Fieldset.tsx';
import type { BaseFieldProps, ValueProps } from './fieldProps.ts';
import { GroupRowFieldset, rowFieldId, type GroupRow } from './GroupRowFieldset.tsx';

export type { GroupRow } from './GroupRowFieldset.tsx';

interface RepeatingGroupFieldProps extends BaseFieldProps, ValueProps<GroupRow[]> {
  fields: readonly GroupField[];
  /** Whether a field is shown in this row: row-scoped conditions, answered by core. */
  isFieldShown: (field: GroupField, row: GroupRow) => boolean;
}

/** Rows of the same few fields (e.g. each child in the household); add and remove rows. */
export function RepeatingGroupField(props: RepeatingGroupFieldProps) {
  const { id, label, hint, error, disabled, onBlur, value, onChange, fields, isFieldShown } = props;
  const rows = value ?? [];
  // Focus follows the change: into a new row, or back to Add after a removal.
  const focusAfter = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (focusAfter.current) document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = undefined;
  }, [rows.length]);
  return (
    <Fieldset id={`${id}-group`} legend={label} hint={hint} error={error}>
      {rows.map((row, index) => (
        <GroupRowFieldset
          key={index}
          groupId={id}
          index={index}
          row={row}
          fields={fields.filter((field) => isFieldShown(field, row))}
          disabled={disabled}
          onBlur={onBlur}
          onChange={(next) => onChange(rows.map((r, i) => (i === index ? next : r)))}
          onRemove={() => {
            focusAfter.current = rows.length === 1 ? id : `${id}-add`;
            onChange(rows.filter((_, i) => i !== index));
          }}
        />
      ))}
      <button
        type="button"
        id={rows.length === 0 ? id : `${id}-add`}
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        disabled={disabled}
        onClick={() => {
          focusAfter.current =
            rows.length === 0 ? id : rowFieldId(id, rows.length, fields[0]?.key ?? '', false);
          onChange([...rows, {}]);
        }}
      >
        {rows.length === 0 ? 'Add an entry' : 'Add another entry'}
      </button>
    </Fieldset>
  );
}
