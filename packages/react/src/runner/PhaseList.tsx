import type { Phase } from '@proformas/core';

interface PhaseListProps {
  phases: readonly Phase[];
  /** The phase on screen, or a later stage (reviewing, outcome). */
  current: string;
}

/** The form's phases in order, the current one marked (side bar on wide screens). */
export function PhaseList({ phases, current }: PhaseListProps) {
  const stages = [
    ...phases,
    { id: 'reviewing', title: 'Check your answers' },
    { id: 'outcome', title: 'Outcome' },
  ];
  const at = current === 'signedOff' ? stages.length - 1 : stages.findIndex((s) => s.id === current);
  return (
    <nav className="app-phase-list" aria-label="Sections of this form">
      <h2 className="nhsuk-heading-s">Sections</h2>
      <ol className="nhsuk-list nhsuk-list--number">
        {stages.map((stage, index) => (
          <li
            key={stage.id}
            aria-current={index === at ? 'step' : undefined}
            className={index === at ? 'app-phase-list__current' : undefined}
          >
            {stage.title}
            {index < at && <span className="nhsuk-u-visually-hidden"> (done)</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
