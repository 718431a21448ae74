import { getProforma, type ProformaId } from '@proformas/core';
import { ProformaFlow } from '@proformas/react';
import { useActorRef } from '@xstate/react';
import { useEffect, useRef, useState } from 'react';
import { assessmentContextOf, nhsNumberOf } from '../inputs/context.ts';
import type { EmbedAttendance, EmbedConfig, EmbedEndpoints, EmbedPatient, Prefill } from '../inputs/types.ts';
import { cpisPrefill, machineFor } from '../session/endpoints.ts';
import { openForm, type Opening } from '../session/opening.ts';
import { prefillAnswers } from '../session/prefill.ts';
import type { EmbedCallbacks } from './callbacks.ts';
import { ErrorPanel } from './ErrorPanel.tsx';
import { outcomeDetailFor, phaseExtrasFor } from './formExtras.tsx';
import { useSessionEvents } from './useSessionEvents.ts';

export interface EmbeddedProformaProps extends EmbedCallbacks {
  proforma: ProformaId;
  patient: EmbedPatient;
  attendance: EmbedAttendance;
  /** Read when the form opens: answers by item key or a QuestionnaireResponse. */
  prefill?: Prefill;
  config?: EmbedConfig;
  endpoints?: EmbedEndpoints;
}

interface Start {
  opening: Opening;
  problems: string[];
}

/**
 * One proforma for a host page: opens with the host's patient, attendance and prefill (at the first
 * unanswered phase), runs the shared phase-by-phase flow, and reports changes, emergencies and the
 * signed-off result through the callbacks. Keeps nothing itself: the host stores the drafts it is sent.
 * Give it a new `key` for another patient or attendance.
 */
export function EmbeddedProforma(props: EmbeddedProformaProps) {
  const { proforma, patient, attendance, config = {}, onError } = props;
  const [start] = useState<Start>(() => {
    const prefill = prefillAnswers(proforma, props.prefill, config.fhirBase);
    const context = assessmentContextOf(patient, attendance, config);
    return {
      opening: openForm(proforma, context, prefill.answers, nhsNumberOf(patient)),
      problems: prefill.problems,
    };
  });
  // Reported once, when the form opens: a new onError (each render of the host) does not report again.
  const report = useRef(onError);
  useEffect(() => {
    report.current = onError;
  });
  useEffect(() => {
    for (const message of start.problems) report.current?.({ input: 'prefill', message });
    if (!start.opening.ok) report.current?.({ message: start.opening.message });
  }, [start]);
  return (
    <>
      <ErrorPanel title="Some of the prefilled answers were not used" messages={start.problems} />
      {start.opening.ok ? (
        <RunningProforma {...props} config={config} opening={start.opening} />
      ) : (
        <ErrorPanel title="This form cannot be opened for this patient" messages={[start.opening.message]} />
      )}
    </>
  );
}

type RunningProps = EmbeddedProformaProps & { config: EmbedConfig; opening: Extract<Opening, { ok: true }> };

function RunningProforma({ opening, ...props }: RunningProps) {
  const { proforma, endpoints } = props;
  const definition = getProforma(proforma);
  const [machine] = useState(() => machineFor(proforma, endpoints));
  // The CP-IS check runs once, when the form opens, with what the host gave then.
  const [cpis] = useState(() => ({ nhsNumber: nhsNumberOf(props.patient), endpoints }));
  const actor = useActorRef(machine, {
    input: opening.input,
    ...(opening.snapshot ? { snapshot: opening.snapshot } : {}),
  });
  useSessionEvents(actor, { ...props, definition, resumeAfterLookup: opening.resumeAfterLookup });
  useEffect(() => {
    const abort = new AbortController();
    const answered = actor.getSnapshot().context.answers;
    void cpisPrefill(proforma, cpis.nhsNumber, cpis.endpoints, abort.signal).then((found) => {
      const fresh = Object.fromEntries(Object.entries(found ?? {}).filter(([key]) => !(key in answered)));
      if (!abort.signal.aborted && Object.keys(fresh).length > 0)
        actor.send({ type: 'answers.merged', answers: fresh });
    });
    return () => abort.abort();
  }, [actor, proforma, cpis]);
  const outcomeDetail = outcomeDetailFor(proforma);
  const phaseExtras = phaseExtrasFor(proforma);
  return (
    <ProformaFlow
      definition={definition}
      actor={actor}
      {...(outcomeDetail ? { outcomeDetail } : {})}
      {...(phaseExtras ? { phaseExtras } : {})}
    />
  );
}
