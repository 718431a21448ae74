import { useEffect, useRef } from 'react';
import type { ProformaActor } from '../state/proformaActor.ts';
import { progressOf, type EncounterLinkProps } from './formProgress.ts';

/**
 * Link a running form to its encounter: send it the other forms' inputs when they change, and
 * report its progress on start and on every change.
 */
export function useEncounterLink(actor: ProformaActor, { encounter, onProgress }: EncounterLinkProps): void {
  // By value: a new object with the same inputs must not re-assess the form (nor loop).
  const inputs = encounter ? JSON.stringify(encounter) : undefined;
  useEffect(() => {
    if (inputs !== undefined) actor.send({ type: 'encounter.updated', encounter: JSON.parse(inputs) });
  }, [actor, inputs]);

  const report = useRef(onProgress);
  useEffect(() => {
    report.current = onProgress;
  });
  useEffect(() => {
    report.current?.(progressOf(actor.getSnapshot()));
    const subscription = actor.subscribe((snapshot) => report.current?.(progressOf(snapshot)));
    return () => subscription.unsubscribe();
  }, [actor]);
}
