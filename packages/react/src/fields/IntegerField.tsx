import { FormGroup } from './FormGroup.tsx';
import { cx, describedBy, errorId, hintId, type BaseFieldProps, type ValueProps } from './fieldProps.ts';

interface IntegerFieldProps extends BaseFieldProps, ValueProps<number | string> {
  /** From 0 up: the box only offers digits. Bounds are checked by validation (see answerFormat). */
  min?: number;
}

/** What the box holds as an answer: a number when it reads as a whole number, else the text as typed. */
export const parseInteger = (text: string): number | string | undefined => {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : text;
};

/**
 * A whole number, typed (inputmode numeric brings up the number pad). Text that is not a whole
 * number stays in the box as typed, so nothing is lost, and validation says what is wrong.
 */
export function IntegerField({
  id,
  label,
  hint,
  error,
  disabled,
  onBlur,
  value,
  onChange,
  min,
}: IntegerFieldProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <input
        className={cx('nhsuk-input', 'nhsuk-input--width-4', error && 'nhsuk-input--error')}
        id={id}
        name={id}
        type="text"
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
        pattern={min !== undefined && min >= 0 ? '[0-9]*' : undefined}
        value={value === undefined ? '' : String(value)}
        disabled={disabled}
        aria-describedby={describedBy(hintId(id, hint), errorId(id, error))}
        onChange={(event) => onChange(parseInteger(event.currentTarget.value))}
        onBlur={onBlur}
      />
    </FormGroup>
  );
}
