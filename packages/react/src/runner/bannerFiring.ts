import { levelRank, type Firing, type ProformaEvaluation } from '@proformas/core';

/**
 * The fired clause the level banner shows: the most severe one that says something to act on.
 * A clause at no concern whose only action is the routine summary (the default outcome) is not
 * news, so on its own it shows no banner.
 */
export const bannerFiring = (evaluation: Pick<ProformaEvaluation, 'firings'>): Firing | undefined => {
  const notable = evaluation.firings.filter(
    (f) => f.level !== 'NO_CONCERN' || f.actions.some((a) => a !== 'ROUTINE_SUMMARY'),
  );
  return notable.reduce<Firing | undefined>(
    (best, f) => (!best || levelRank(f.level) > levelRank(best.level) ? f : best),
    undefined,
  );
};
