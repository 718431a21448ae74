import { FormGroup } from './FormGroup.tsx';
import { cx, describedBy, errorId, hintId, type BaseFieldProps, type ValueProps } from './fieldProps.ts';

interface TextInputFieldProps extends BaseFieldProps, ValueProps<string> {
  autoComplete?: string;
}

/** A short single-line answer. An empty box is no answer. */
export function TextInputField({
  id,
  label,
  hint,
  error,
  disabled,
  onBlur,
  value,
  onChange,
  autoComplete,
}: TextInputFieldProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <input
        className={cx('nhsuk-input', error && 'nhsuk-input--error')}
        id={id}
        name={id}
        type="text"
        spellCheck={false}
        autoComplete={autoComplete ?? 'off'}
        value={value ?? ''}
        disabled={disabled}
        aria-describedby={describedBy(hintId(id, hint), errorId(id, error))}
        onChange={(event) =>
          onChange(event.currentTarget.value === '' ? undefined : event.currentTarget.value)
        }
        onBlur={onBlur}
      />
    </FormGroup>
  );
}
