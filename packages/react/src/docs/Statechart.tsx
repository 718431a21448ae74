import { getMachine, type ProformaId } from '@proformas/core';
import type { AnyStateNode } from 'xstate';

const EVENT_NAMES: Record<string, string> = {
  'phase.next': 'Continue',
  'phase.back': 'Back',
  'phase.goto': 'Change (go to a phase)',
  'escalation.acknowledged': 'I have called 999',
  'review.confirm': 'Confirm',
  'outcome.sign': 'Sign off',
};

/** Regions listed by their states' names only (one state per level; one region per banner). */
const SUMMARISED = ['risk', 'alerts'];

/** Where an event can lead from a state: first and last target when there are several (skipped phases). */
const targets = (node: AnyStateNode, event: string): string => {
  const keys = [
    ...new Set((node.transitions.get(event) ?? []).flatMap((t) => (t.target ?? []).map((n) => n.key))),
  ];
  if (keys.length === 0) return '(stays)';
  return keys.length > 2 ? `${keys[0]}, or a later one, up to ${keys[keys.length - 1]}` : keys.join(' or ');
};

function StateList({ node }: { node: AnyStateNode }) {
  const children = Object.values(node.states).filter((child) => child.type !== 'history');
  if (children.length === 0) return null;
  return (
    <ul>
      {children.map((child) => {
        const events = [...child.transitions.keys()].filter((e) => !e.startsWith('xstate.'));
        const tags = [...child.tags];
        return (
          <li key={child.id}>
            <code>{child.key}</code>
            {child.type === 'parallel' && ' (parallel)'}
            {child.type === 'final' && ' (final)'}
            {tags.length > 0 && (
              <>
                {' '}
                — tags{' '}
                {tags.map((t) => (
                  <code key={t}>{t} </code>
                ))}
              </>
            )}
            {child.always && child.always.length > 0 && child.key === 'active' && (
              <>
                {' '}
                — goes to <code>escalating</code> the moment an emergency rule fires
              </>
            )}
            {events.length > 0 && (
              <ul>
                {events.map((event) => (
                  <li key={event}>
                    {EVENT_NAMES[event] ?? event} (<code>{event}</code>) → {targets(child, event)}
                  </li>
                ))}
              </ul>
            )}
            {SUMMARISED.includes(child.key) ? (
              <>
                :{' '}
                {Object.keys(child.states).map((k) => (
                  <code key={k}>{k} </code>
                ))}
              </>
            ) : (
              <StateList node={child} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The statechart of a proforma, drawn from the machine itself: states, tags and what each event does. */
export function Statechart({ id }: { id: ProformaId }) {
  const machine = getMachine(id);
  return (
    <div className="app-statechart">
      <StateList node={machine.root} />
    </div>
  );
}
