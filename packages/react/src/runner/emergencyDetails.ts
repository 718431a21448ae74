import { ACTION_LABELS, sortActions, type ProformaEvaluation } from '@proformas/core';

/** What the emergency card says: the emergency clauses' reasons and actions (other than 999 itself). */
export const emergencyDetails = (evaluation: Pick<ProformaEvaluation, 'firings'>) => {
  const emergency = evaluation.firings.filter((f) => f.level === 'EMERGENCY');
  const actions = sortActions(emergency.flatMap((f) => f.actions)).filter((a) => a !== 'POLICE_999');
  return {
    reasons: [...new Set(emergency.map((f) => f.reason))],
    actions: actions.map((a) => ACTION_LABELS[a]),
  };
};
