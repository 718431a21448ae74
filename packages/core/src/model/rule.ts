import type { ActionCode } from './actions.ts';
import type { Level } from './levels.ts';

/** One fired rule clause: its level, actions and one plain-English reason. */
export interface Firing {
  /** The spec's rule id, e.g. 'P-R3'. */
  rule: string;
  /** The lettered clause, e.g. 'c', where the spec has them. */
  clause?: string;
  level: Level;
  actions: readonly ActionCode[];
  /** One sentence a clinician or a social worker understands. */
  reason: string;
  /** Marks the spec puts on the rule, shown beside the reason. */
  status?: 'project-rule' | 'unverified';
}

/**
 * A rule of the spec: a pure function of the rule input and the clauses already fired
 * (earlier in the proforma's rule list), returning the clauses it fires.
 */
export interface Rule<In> {
  id: string;
  evaluate: (input: In, firedSoFar: readonly Firing[]) => Firing[];
}

export const firing = (
  rule: string,
  level: Level,
  actions: readonly ActionCode[],
  reason: string,
  extra: { clause?: string; status?: Firing['status'] } = {},
): Firing => ({ rule, level, actions, reason, ...extra });

/** Run the rules in order; each sees what fired before it. */
export const runRules = <In>(rules: readonly Rule<In>[], input: In): Firing[] => {
  const fired: Firing[] = [];
  for (const rule of rules) fired.push(...rule.evaluate(input, fired));
  return fired;
};
