import type { ActionCode } from './actions.ts';
import type { AssessmentContext } from './context.ts';
import type { Level } from './levels.ts';
import type { ProformaId } from './proforma.ts';

/**
 * A named clinical scenario from the spec's worked examples (or a boundary row), with the
 * expected assessment. Fixture names become test and story titles.
 */
export interface ProformaFixture<A = Record<string, unknown>> {
  /** A clinical scenario, e.g. "5-month-old with a bruise (not yet mobile)". */
  name: string;
  /** The worked example number in the spec, or 'boundary'. */
  example: string;
  /** Rule ids the example cites. */
  rules: readonly string[];
  context: AssessmentContext;
  answers: Partial<A>;
  /** Other forms' results for assessEncounter examples (stubbed until those forms exist). */
  otherForms?: Partial<
    Record<ProformaId, { level: Level; detail: Record<string, unknown>; actions?: ActionCode[] }>
  >;
  expected: {
    level: Level;
    /** Actions that must be present (a minimum). */
    actions: readonly ActionCode[];
    /** Actions that must be absent. */
    absent?: readonly ActionCode[];
    firedRules?: readonly string[];
    /** Detail fields that must have these values. */
    detail?: Record<string, unknown>;
    /** The level of this form alone, where it differs (encounter examples). */
    formLevel?: Level;
  };
  /** Whether the answers are complete enough to sign off (fixtures used for green paths). */
  complete?: boolean;
}
