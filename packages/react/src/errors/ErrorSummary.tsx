import { useLayoutEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** The id of the field to focus. */
  targetId: string;
  text: string;
}

export interface ErrorSummaryProps {
  errors: readonly ErrorSummaryItem[];
  title?: string;
  /** Change it (e.g. a submit count) to move focus to the summary again. */
  focusKey?: number | string;
}

/**
 * Focus a field by id and bring its question into view. `near`: an element of the same document
 * or shadow root (a form inside a custom element's shadow root is not in `document`).
 */
export const focusField = (targetId: string, near?: Node | null): void => {
  const root = near?.getRootNode();
  const scope = typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root : document;
  const target = scope.getElementById(targetId);
  if (!target) return;
  target.focus();
  const group = target.closest('.nhsuk-form-group, fieldset');
  group?.scrollIntoView?.({ block: 'start' });
};

/** The NHS error summary: takes focus when shown; each error links to its field. */
export function ErrorSummary({ errors, title = 'There is a problem', focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  return (
    <div className="nhsuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">{title}</h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.targetId}:${error.text}`}>
                <a
                  href={`#${error.targetId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(error.targetId, event.currentTarget);
                  }}
                >
                  {error.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
