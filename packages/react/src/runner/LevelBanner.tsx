import { LEVEL_LABELS, type ProformaEvaluation } from '@proformas/core';
import { bannerFiring } from './bannerFiring.ts';
import { LEVEL_TAG } from './levelStyle.ts';

/**
 * The level so far, at the top of each phase, once something has fired: the level tag and the
 * first reason. A live region, so a screen reader hears it change as answers are given.
 */
export function LevelBanner({ evaluation }: { evaluation: Pick<ProformaEvaluation, 'firings' | 'level'> }) {
  const firing = bannerFiring(evaluation);
  return (
    <div role="status" aria-live="polite" aria-label="Safeguarding level" className="app-level-banner-region">
      {firing && (
        <div className="nhsuk-inset-text app-level-banner">
          <span className="nhsuk-u-visually-hidden">Safeguarding level so far:</span>{' '}
          <strong className={`nhsuk-tag ${LEVEL_TAG[evaluation.level]}`}>
            {LEVEL_LABELS[evaluation.level]}
          </strong>
          <p className="nhsuk-body-s app-level-banner__reason">{firing.reason}</p>
        </div>
      )}
    </div>
  );
}
