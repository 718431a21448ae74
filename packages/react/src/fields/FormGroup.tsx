import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage.tsx';
import { cx, errorId, hintId } from './fieldProps.ts';

interface FormGroupProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}

/** A form group for one input: label, hint and inline error above it. */
export function FormGroup({ id, label, hint, error, children }: FormGroupProps) {
  return (
    <div className={cx('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={hintId(id, hint)}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId(id, error)}>{error}</ErrorMessage>}
      {children}
    </div>
  );
}
