import type { ReactNode } from 'react';

/** The NHS inline error message, with a visually hidden "Error:" prefix for screen readers. */
export function ErrorMessage({ id, children }: { id: string | undefined; children: ReactNode }) {
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {children}
    </span>
  );
}
