import type { ItemOption } from '@proformas/core';
import { Fragment } from 'react';
import { Fieldset } from './Fieldset.tsx';
import type { BaseFieldProps, ValueProps } from './fieldProps.ts';

interface CheckboxesFieldProps extends BaseFieldProps, ValueProps<string[]> {
  options: readonly ItemOption[];
  /**
   * A "none" box for a list where none ticked is itself an answer (an empty list): ticking it
   * records [], ticking anything else clears it, and unticking everything leaves no answer.
   */
  noneLabel?: string;
}

/** Ticking an exclusive option ("None") clears the others; ticking another clears it. */
export const toggleOption = (
  options: readonly ItemOption[],
  selected: readonly string[],
  code: string,
  on: boolean,
): string[] => {
  if (!on) return selected.filter((c) => c !== code);
  const option = options.find((o) => o.code === code);
  if (option?.exclusive) return [code];
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.code));
  const next = [...selected.filter((c) => !exclusive.has(c)), code];
  return options.map((o) => o.code).filter((c) => next.includes(c));
};

/** Several choices: native checkboxes, with an "or" divider before an exclusive option. */
export function CheckboxesField({
  id,
  label,
  hint,
  error,
  disabled,
  onBlur,
  options,
  value,
  onChange,
  noneLabel,
}: CheckboxesFieldProps) {
  const selected = value ?? [];
  const change = (next: string[]) => onChange(noneLabel && next.length === 0 ? undefined : next);
  return (
    <Fieldset id={id} legend={label} hint={hint ?? 'Select all that apply.'} error={error}>
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index + 1}`;
          const optionHintId = option.hint ? `${optionId}-item-hint` : undefined;
          const divider = option.exclusive && index > 0 && !options[index - 1]?.exclusive;
          return (
            <Fragment key={option.code}>
              {divider && <div className="nhsuk-checkboxes__divider">or</div>}
              <div className="nhsuk-checkboxes__item">
                <input
                  className="nhsuk-checkboxes__input"
                  id={optionId}
                  name={id}
                  type="checkbox"
                  value={option.code}
                  checked={selected.includes(option.code)}
                  disabled={disabled}
                  aria-describedby={optionHintId}
                  onChange={(event) =>
                    change(toggleOption(options, selected, option.code, event.currentTarget.checked))
                  }
                  onBlur={onBlur}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint && (
                  <div className="nhsuk-hint nhsuk-checkboxes__hint" id={optionHintId}>
                    {option.hint}
                  </div>
                )}
              </div>
            </Fragment>
          );
        })}
        {noneLabel && (
          <>
            <div className="nhsuk-checkboxes__divider">or</div>
            <div className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id={`${id}-none`}
                name={id}
                type="checkbox"
                value=""
                checked={value !== undefined && value.length === 0}
                disabled={disabled}
                onChange={(event) => onChange(event.currentTarget.checked ? [] : undefined)}
                onBlur={onBlur}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${id}-none`}>
                {noneLabel}
              </label>
            </div>
          </>
        )}
      </div>
    </Fieldset>
  );
}
