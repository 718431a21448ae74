import type { ProformaId } from '@proformas/core';
import { EmbeddedProforma, ErrorPanel } from '@proformas/element/embedding';
import { useFrameBridge } from './useFrameBridge.ts';

interface EmbedAppProps {
  allowed: ReadonlySet<string>;
  routeProforma?: ProformaId;
}

/** The iframe route: waits for the host's patient and form, then runs it and reports back. */
export function EmbedApp({ allowed, routeProforma }: EmbedAppProps) {
  const { state, send } = useFrameBridge({ allowed, ...(routeProforma ? { routeProforma } : {}) });
  const shown = state.display;
  return (
    <main className="nhsuk-width-container nhsuk-main-wrapper" id="maincontent">
      {shown ? (
        <EmbeddedProforma
          key={shown.requestId}
          proforma={shown.proforma}
          patient={shown.patient}
          attendance={shown.attendance}
          {...(shown.prefill ? { prefill: shown.prefill } : {})}
          {...(shown.config ? { config: shown.config } : {})}
          {...(shown.endpoints ? { endpoints: shown.endpoints } : {})}
          onChange={(detail) => send('proforma.change', detail)}
          onEscalation={(detail) => send('proforma.escalation', detail)}
          onComplete={(detail) => send('proforma.complete', detail)}
          onError={(detail) => send('proforma.error', detail)}
        />
      ) : (
        <>
          <h1 className="nhsuk-heading-l">Safeguarding proforma</h1>
          {allowed.size === 0 ? (
            <ErrorPanel
              title="This page cannot be used yet"
              messages={[
                'No record system is allowed to open forms here. Ask your IT team to set the allowed origins.',
              ]}
            />
          ) : (
            <p className="nhsuk-body">Waiting for the patient record to open a form.</p>
          )}
        </>
      )}
    </main>
  );
}
