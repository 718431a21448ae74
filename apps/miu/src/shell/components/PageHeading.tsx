import { useLayoutEffect, useRef, type ReactNode } from 'react';

/** The page's <h1>; it takes focus when the page opens, so a screen reader hears where it is. */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 className="nhsuk-heading-l" tabIndex={-1} ref={ref}>
      {caption && (
        <span className="nhsuk-caption-l">
          {caption}
          <span className="nhsuk-u-visually-hidden">:</span>
        </span>
      )}{' '}
      {children}
    </h1>
  );
}
