import { LEVEL_LABELS, LEVEL_MEANINGS, type Level } from '@proformas/core';

const CARE = {
  EMERGENCY: { variant: 'emergency', prefix: 'Immediate action required:' },
  REFER: { variant: 'urgent', prefix: 'Urgent advice:' },
  NOTIFY: { variant: 'non-urgent', prefix: 'Non-urgent advice:' },
} as const;

/**
 * The level as the NHS pattern for its urgency: emergency care card (EMERGENCY), urgent care card
 * (REFER), warning callout (DISCUSS), non-urgent care card (NOTIFY), green tag (NO_CONCERN).
 */
export function LevelCard({ level }: { level: Level }) {
  if (level === 'NO_CONCERN') {
    return (
      <div className="app-level-no-concern">
        <strong className="nhsuk-tag nhsuk-tag--green">{LEVEL_LABELS.NO_CONCERN}</strong>
        <p className="nhsuk-body">{LEVEL_MEANINGS.NO_CONCERN}</p>
      </div>
    );
  }
  if (level === 'DISCUSS') {
    return (
      <div className="nhsuk-card nhsuk-card--warning">
        <div className="nhsuk-card__content">
          <h2 className="nhsuk-card__heading">
            <span className="nhsuk-u-visually-hidden">Important:</span> {LEVEL_LABELS.DISCUSS}
          </h2>
          <p className="nhsuk-card__description">{LEVEL_MEANINGS.DISCUSS}</p>
        </div>
      </div>
    );
  }
  const care = CARE[level];
  return (
    <div className={`nhsuk-card nhsuk-card--care nhsuk-card--care--${care.variant}`}>
      <div className="nhsuk-card__heading-container">
        <h2 className="nhsuk-card__heading">
          <span className="nhsuk-u-visually-hidden">{care.prefix}</span> {LEVEL_LABELS[level]}
        </h2>
        <span className="nhsuk-card--care__arrow" aria-hidden="true"></span>
      </div>
      <div className="nhsuk-card__content">
        <p>{LEVEL_MEANINGS[level]}</p>
      </div>
    </div>
  );
}
