import { createActor, type SnapshotFrom } from 'xstate';
import {
  flowStateOf,
  type ProformaMachine,
  type ProformaMachineEvent,
  type ProformaMachineInput,
} from '../machine.ts';

// Test support for each proforma's machine.paths.test.ts: the small key a graph traversal
// (@xstate/graph) dedupes states by, and a replay of a found path on a real actor.

export type ProformaSnapshot = SnapshotFrom<ProformaMachine>;

/**
 * Flow state + completeness + level, and nothing else of the context: the answers differ on
 * every path, so serialising them would make the graph endless.
 */
export const flowCompletenessLevel = (snapshot: ProformaSnapshot): string =>
  [
    flowStateOf(snapshot.value),
    snapshot.context.issues.length === 0 ? 'complete' : 'incomplete',
    snapshot.context.evaluation.level,
  ].join('|');

/** Run the events on a real actor (not the graph's pure transitions) and return its last snapshot. */
export const replayOnActor = (
  machine: ProformaMachine,
  input: ProformaMachineInput,
  events: readonly ProformaMachineEvent[],
): ProformaSnapshot => {
  const actor = createActor(machine, { input }).start();
  for (const event of events) actor.send(event);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
};
