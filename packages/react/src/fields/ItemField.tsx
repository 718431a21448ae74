import type { GroupField, Item } from '@proformas/core';
import type { BaseFieldProps } from './fieldProps.ts';
import { RepeatingGroupField, type GroupRow } from './RepeatingGroupField.tsx';
import { SimpleField } from './SimpleField.tsx';

export interface ItemFieldProps extends Omit<BaseFieldProps, 'label' | 'hint'> {
  item: Item;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Row-scoped visibility for group items (asked of core). */
  isFieldShown?: (field: GroupField, row: GroupRow) => boolean;
}

const asRows = (v: unknown): GroupRow[] | undefined =>
  Array.isArray(v) ? v.filter((r): r is GroupRow => typeof r === 'object' && r !== null) : undefined;

/** The right field component for any item of any proforma. */
export function ItemField({ item, value, onChange, isFieldShown, ...rest }: ItemFieldProps) {
  if (item.type === 'group') {
    return (
      <RepeatingGroupField
        {...rest}
        label={item.question}
        hint={item.hint}
        fields={item.fields ?? []}
        isFieldShown={isFieldShown ?? (() => true)}
        value={asRows(value)}
        onChange={onChange}
      />
    );
  }
  return <SimpleField {...rest} item={item} value={value} onChange={onChange} />;
}
