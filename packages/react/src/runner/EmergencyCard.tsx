import { useLayoutEffect, useRef } from 'react';

interface EmergencyCardProps {
  /** Why: the reason of each emergency clause that fired. */
  reasons: readonly string[];
  /** What to do: the plain-English labels of the emergency actions, most urgent first. */
  actions: readonly string[];
  onAcknowledge: () => void;
  /** h1 when the card is the page (the form's flow), h2 inside a page. */
  headingLevel?: 1 | 2;
}

/**
 * The NHS emergency care card, shown the moment an answer makes the level EMERGENCY, before any
 * other question. Focus moves to it. The clinician acknowledges it and the form continues.
 */
export function EmergencyCard({ reasons, actions, onAcknowledge, headingLevel = 2 }: EmergencyCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Subheading = headingLevel === 1 ? 'h2' : 'h3';
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section
      className="nhsuk-card nhsuk-card--care nhsuk-card--care--emergency"
      aria-labelledby="emergency-card-heading"
    >
      <div className="nhsuk-card__heading-container">
        <Heading className="nhsuk-card__heading" id="emergency-card-heading" tabIndex={-1} ref={heading}>
          <span className="nhsuk-u-visually-hidden">Immediate action required:</span> Call 999 now
        </Heading>
        <span className="nhsuk-card--care__arrow" aria-hidden="true"></span>
      </div>
      <div className="nhsuk-card__content">
        <ul>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <Subheading className="nhsuk-heading-s">While you wait for the police</Subheading>
        <ul>
          <li>Keep the child here, with a member of staff, in a safe room.</li>
          <li>Do not let anyone take the child away. If someone tries, tell the police when you call.</li>
          {actions.map((action) => (
            <li key={action}>{action}</li>
          ))}
        </ul>
        <button type="button" className="nhsuk-button nhsuk-button--reverse" onClick={onAcknowledge}>
          I have called 999
        </button>
      </div>
    </section>
  );
}
