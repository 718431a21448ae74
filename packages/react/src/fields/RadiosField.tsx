import type { ItemOption } from '@proformas/core';
import { Fieldset } from './Fieldset.tsx';
import { cx, type BaseFieldProps, type ValueProps } from './fieldProps.ts';

interface RadiosFieldProps extends BaseFieldProps, ValueProps<string> {
  options: readonly ItemOption[];
  /** Side by side (yes / no). */
  inline?: boolean;
}

/** One choice from a list: native radios, so arrow keys and space work. */
export function RadiosField({
  id,
  label,
  hint,
  error,
  disabled,
  onBlur,
  options,
  inline,
  value,
  onChange,
}: RadiosFieldProps) {
  return (
    <Fieldset id={id} legend={label} hint={hint} error={error}>
      <div className={cx('nhsuk-radios', 'nhsuk-radios--small', inline && 'nhsuk-radios--inline')}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index + 1}`;
          const optionHintId = option.hint ? `${optionId}-item-hint` : undefined;
          return (
            <div className="nhsuk-radios__item" key={option.code}>
              <input
                className="nhsuk-radios__input"
                id={optionId}
                name={id}
                type="radio"
                value={option.code}
                checked={value === option.code}
                disabled={disabled}
                aria-describedby={optionHintId}
                onChange={() => onChange(option.code)}
                onBlur={onBlur}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint && (
                <div className="nhsuk-hint nhsuk-radios__hint" id={optionHintId}>
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
