import { optionsOf, type GroupField, type Item } from '@proformas/core';
import { CheckboxesField } from './CheckboxesField.tsx';
import { DateField } from './DateField.tsx';
import { DateTimeField } from './DateTimeField.tsx';
import type { BaseFieldProps } from './fieldProps.ts';
import { IntegerField } from './IntegerField.tsx';
import { RadiosField } from './RadiosField.tsx';
import { TextareaField } from './TextareaField.tsx';
import { TextInputField } from './TextInputField.tsx';

export interface SimpleFieldProps extends Omit<BaseFieldProps, 'label' | 'hint'> {
  item: Pick<Item, 'type' | 'question' | 'hint' | 'options' | 'min' | 'max' | 'minEntries'> | GroupField;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Text answers in a short box (rows of a group) rather than a text area. */
  short?: boolean;
}

const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const asStrings = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
const asInteger = (v: unknown): number | string | undefined =>
  typeof v === 'number' || typeof v === 'string' ? v : undefined;

/** A list where none ticked is an answer, and no option says so, gets a "None of these" box. */
const noneLabel = (item: SimpleFieldProps['item']): string | undefined =>
  'minEntries' in item && item.minEntries === 0 && !item.options?.some((o) => o.exclusive)
    ? 'None of these'
    : undefined;

/** The field component for an item type (every type but group). */
export function SimpleField({ item, value, onChange, short, ...rest }: SimpleFieldProps) {
  const common = { ...rest, label: item.question, hint: item.hint };
  const type = item.type;
  switch (type) {
    case 'yes-no':
    case 'yes-no-unknown':
      return (
        <RadiosField
          {...common}
          inline
          options={optionsOf(item)}
          value={asString(value)}
          onChange={onChange}
        />
      );
    case 'choice':
      return (
        <RadiosField {...common} options={optionsOf(item)} value={asString(value)} onChange={onChange} />
      );
    case 'multi':
      return (
        <CheckboxesField
          {...common}
          options={optionsOf(item)}
          noneLabel={noneLabel(item)}
          value={asStrings(value)}
          onChange={onChange}
        />
      );
    case 'text':
      return short ? (
        <TextInputField {...common} value={asString(value)} onChange={onChange} />
      ) : (
        <TextareaField {...common} value={asString(value)} onChange={onChange} />
      );
    case 'integer':
      return <IntegerField {...common} min={item.min} value={asInteger(value)} onChange={onChange} />;
    case 'date':
      return <DateField {...common} value={asString(value)} onChange={onChange} />;
    case 'date-time':
      return <DateTimeField {...common} value={asString(value)} onChange={onChange} />;
    case 'group':
      return null;
    default:
      return type satisfies never;
  }
}
