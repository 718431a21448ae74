import type { ProformaId } from '@proformas/core';
import type { InputValues } from '../inputs/parse.ts';
import type { EmbedCallbacks } from './callbacks.ts';
import { EmbeddedProforma } from './EmbeddedProforma.tsx';
import { ErrorPanel } from './ErrorPanel.tsx';

interface ElementViewProps extends EmbedCallbacks {
  values: Partial<InputValues>;
  errors: readonly string[];
  /** Changes when another patient, attendance or form is given: the form starts again. */
  session: string | undefined;
}

/** What the element shows: the problems with its inputs (if any) above the form, or the wait for them. */
export function ElementView({ values, errors, session, ...callbacks }: ElementViewProps) {
  const { proforma, patient, attendance } = values;
  return (
    <>
      <ErrorPanel title="The record sent something this form cannot use" messages={errors} />
      {session && proforma && patient && attendance ? (
        <EmbeddedProforma
          key={session}
          proforma={proforma as ProformaId}
          patient={patient}
          attendance={attendance}
          {...(values.prefill ? { prefill: values.prefill } : {})}
          {...(values.config ? { config: values.config } : {})}
          {...(values.endpoints ? { endpoints: values.endpoints } : {})}
          {...callbacks}
        />
      ) : (
        errors.length === 0 && (
          <p className="nhsuk-body">Waiting for the patient and the attendance from the record.</p>
        )
      )}
    </>
  );
}
