import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage.tsx';
import { cx, describedBy, errorId, hintId } from './fieldProps.ts';

interface FieldsetProps {
  /** The base id: hint and error ids derive from it. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  /** `group` for date inputs (NHS date input pattern). */
  role?: 'group';
  children: ReactNode;
}

/** A form group with a fieldset, legend, hint and inline error, linked by aria-describedby. */
export function Fieldset({ id, legend, hint, error, role, children }: FieldsetProps) {
  const hId = hintId(id, hint);
  const eId = errorId(id, error);
  return (
    <div className={cx('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <fieldset className="nhsuk-fieldset" role={role} aria-describedby={describedBy(hId, eId)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={hId}>
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={eId}>{error}</ErrorMessage>}
        {children}
      </fieldset>
    </div>
  );
}
