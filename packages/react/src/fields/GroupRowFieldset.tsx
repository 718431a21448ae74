import type { GroupField } from '@proformas/core';
import { SimpleField } from './SimpleField.tsx';

export type GroupRow = Record<string, unknown>;

interface GroupRowFieldsetProps {
  /** The group's id: the first field of the first row takes it (error summary links). */
  groupId: string;
  index: number;
  row: GroupRow;
  /** The fields shown in this row (row-scoped conditions, asked of core). */
  fields: readonly GroupField[];
  disabled?: boolean;
  onBlur?: () => void;
  onChange: (row: GroupRow) => void;
  onRemove: () => void;
}

const withField = (row: GroupRow, key: string, value: unknown): GroupRow => {
  const next = { ...row };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
};

/** The id of a field in a row; the first field of the first row takes the group's id. */
export const rowFieldId = (groupId: string, index: number, key: string, first: boolean): string =>
  index === 0 && first ? groupId : `${groupId}-${index}-${key}`;

/** One row of a repeating group: its shown fields, then Remove. */
export function GroupRowFieldset({
  groupId,
  index,
  row,
  fields,
  disabled,
  onBlur,
  onChange,
  onRemove,
}: GroupRowFieldsetProps) {
  return (
    <fieldset className="nhsuk-fieldset app-group-row">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--xs">Entry {index + 1}</legend>
      {fields.map((field, f) => (
        <SimpleField
          key={field.key}
          id={rowFieldId(groupId, index, field.key, f === 0)}
          item={field}
          short
          disabled={disabled}
          onBlur={onBlur}
          value={row[field.key]}
          onChange={(v) => onChange(withField(row, field.key, v))}
        />
      ))}
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        disabled={disabled}
        onClick={onRemove}
      >
        Remove <span className="nhsuk-u-visually-hidden">entry {index + 1}</span>
      </button>
    </fieldset>
  );
}
