import type { Ref } from 'react';

interface StepHeadingProps {
  index: number;
  total: number;
  title: string;
  ref?: Ref<HTMLHeadingElement>;
}

/** The page heading with the step indicator: "Phase 3 of 7: The child". Focusable for focus moves. */
export function StepHeading({ index, total, title, ref }: StepHeadingProps) {
  return (
    <h1 className="nhsuk-heading-l" tabIndex={-1} ref={ref}>
      <span className="nhsuk-caption-l">
        Phase {index + 1} of {total}
        <span className="nhsuk-u-visually-hidden">:</span>
      </span>{' '}
      {title}
    </h1>
  );
}
