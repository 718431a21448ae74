import { FormGroup } from './FormGroup.tsx';
import { cx, describedBy, errorId, hintId, type BaseFieldProps, type ValueProps } from './fieldProps.ts';

interface TextareaFieldProps extends BaseFieldProps, ValueProps<string> {
  rows?: number;
}

/** A longer answer in the clinician's own words. An empty box is no answer. */
export function TextareaField({
  id,
  label,
  hint,
  error,
  disabled,
  onBlur,
  value,
  onChange,
  rows = 3,
}: TextareaFieldProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <textarea
        className={cx('nhsuk-textarea', error && 'nhsuk-textarea--error')}
        id={id}
        name={id}
        rows={rows}
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
