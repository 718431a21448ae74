import {
  CseForm,
  EncounterView,
  FgmForm,
  FrequentAttenderForm,
  HiddenHarmForm,
  PaediatricTriageForm,
} from '@proformas/react';
import { prefillPresentingReasons, type AssessmentContext } from '@proformas/core';
import type { DemoForm } from './attendance.ts';
import type { DemoPatient } from './patients.ts';
import { demoLookup } from './registry.ts';

interface FormPageProps {
  form: DemoForm;
  patient: DemoPatient;
  context: AssessmentContext;
  /** Where this attendance's drafts are kept. */
  persistKey: string;
}

/** The chosen form for the patient, or every form the attendance needs. Drafts are kept in localStorage. */
export function FormPage({ form, patient, context, persistKey }: FormPageProps) {
  const common = { context, persistKey, nhsNumber: patient.nhsNumber };
  switch (form) {
    case 'encounter':
      return (
        <EncounterView
          {...common}
          lookup={demoLookup}
          prefill={{
            'hidden-harm': { presentingReasons: prefillPresentingReasons(context.attendance.reasons) },
          }}
        />
      );
    case 'paediatric-triage':
      return <PaediatricTriageForm {...common} />;
    case 'hidden-harm':
      return (
        <HiddenHarmForm
          {...common}
          answers={{ presentingReasons: prefillPresentingReasons(context.attendance.reasons) }}
        />
      );
    case 'cse':
      return <CseForm {...common} />;
    case 'fgm':
      return <FgmForm {...common} />;
    case 'frequent-attender':
      return <FrequentAttenderForm {...common} lookup={demoLookup} />;
    default:
      return form satisfies never;
  }
}
