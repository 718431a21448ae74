import { flowStateOf, type AnyProformaDefinition, type ProformaId } from '@proformas/core';
import type { ProformaActor, ProformaSnapshot } from '@proformas/react';
import { useEffect, useRef } from 'react';
import type { EmbedAttendance, EmbedConfig, EmbedPatient } from '../inputs/types.ts';
import { changeDetail, completeDetail, escalationDetail, type SessionState } from '../session/results.ts';
import { resumeAtFirstUnanswered } from '../session/resume.ts';
import type { EmbedCallbacks } from './callbacks.ts';

interface SessionEventsOptions extends EmbedCallbacks {
  proforma: ProformaId;
  definition: AnyProformaDefinition;
  patient: EmbedPatient;
  attendance: EmbedAttendance;
  config: EmbedConfig;
  /** Resume at the first unanswered phase once the registry lookup has settled. */
  resumeAfterLookup: boolean;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Watch the statechart and tell the host: every change of answers (the draft), the moment an
 * emergency appears, and the sign-off (with the response, the bundle and the drafts).
 */
export function useSessionEvents(actor: ProformaActor, options: SessionEventsOptions): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    const stateOf = (snapshot: ProformaSnapshot): SessionState => ({
      proforma: latest.current.proforma,
      patient: latest.current.patient,
      attendance: latest.current.attendance,
      config: latest.current.config,
      context: snapshot.context,
      value: snapshot.value,
    });
    const tell = (what: () => void) => {
      try {
        what();
      } catch (error) {
        latest.current.onError?.({ message: `The form could not report its answers: ${messageOf(error)}` });
      }
    };
    let previous = actor.getSnapshot();
    let resumePending = latest.current.resumeAfterLookup;
    if (flowStateOf(previous.value) === 'escalating')
      tell(() => latest.current.onEscalation?.(escalationDetail(stateOf(previous))));
    const subscription = actor.subscribe((snapshot) => {
      const before = previous;
      previous = snapshot;
      const flow = flowStateOf(snapshot.value);
      const was = flowStateOf(before.value);
      if (snapshot.context.answers !== before.context.answers)
        tell(() => latest.current.onChange?.(changeDetail(stateOf(snapshot))));
      if (flow === 'escalating' && was !== 'escalating')
        tell(() => latest.current.onEscalation?.(escalationDetail(stateOf(snapshot))));
      if (flow === 'signedOff' && was !== 'signedOff')
        tell(() => latest.current.onComplete?.(completeDetail(stateOf(snapshot))));
      if (resumePending && snapshot.context.lookup?.status !== 'running' && flow !== 'escalating') {
        resumePending = false;
        queueMicrotask(() => resumeAtFirstUnanswered(actor, latest.current.definition));
      }
    });
    return () => subscription.unsubscribe();
  }, [actor]);
}
