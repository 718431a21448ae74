import type { ItemOption } from '@proformas/core';
import { Fragment } from 'react';
import { CheckboxItem } from './CheckboxItem.tsx';
import { Fieldset } from './Fieldset.tsx';
import type { BaseFieldProps, ValueProps } from './fieldProps.ts';
import { toggleOption } from './toggleOption.ts';

interface CheckboxesFieldProps extends BaseFieldProps, ValueProps<string[]> {
  options: readonly ItemOption[];
  /**
   * A "none" box for a list where none ticked is itself an answer (an empty list): ticking it
   * records [], ticking anything else clears it, and unticking everything leaves no answer.
   */
  noneLabel?: string;
}

/** Several choices: native checkboxes, with an "or" divider before an exclusive option. */
export function CheckboxesField(props: CheckboxesFieldProps) {
  const { id, label, hint, error, disabled, onBlur, options, value, onChange, noneLabel } = props;
  const selected = value ?? [];
  const change = (next: string[]) => onChange(noneLabel && next.length === 0 ? undefined : next);
  const common = { name: id, disabled, onBlur };
  return (
    <Fieldset id={id} legend={label} hint={hint ?? 'Select all that apply.'} error={error}>
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        {options.map((option, index) => (
          <Fragment key={option.code}>
            {option.exclusive && index > 0 && !options[index - 1]?.exclusive && (
              <div className="nhsuk-checkboxes__divider">or</div>
            )}
            <CheckboxItem
              {...common}
              id={index === 0 ? id : `${id}-${index + 1}`}
              value={option.code}
              label={option.label}
              hint={option.hint}
              checked={selected.includes(option.code)}
              onChange={(on) => change(toggleOption(options, selected, option.code, on))}
            />
          </Fragment>
        ))}
        {noneLabel && (
          <>
            <div className="nhsuk-checkboxes__divider">or</div>
            <CheckboxItem
              {...common}
              id={`${id}-none`}
              value=""
              label={noneLabel}
              checked={value !== undefined && value.length === 0}
              onChange={(on) => onChange(on ? [] : undefined)}
            />
          </>
        )}
      </div>
    </Fieldset>
  );
}
