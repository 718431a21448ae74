import type { ProformaId } from '@proformas/core';
import type { ComponentType } from 'react';
import type { SignedOff } from '../outcome/OutcomePanel.tsx';
import { CseForm } from '../proformas/cse/CseForm.tsx';
import { FgmForm } from '../proformas/fgm/FgmForm.tsx';
import { FrequentAttenderForm } from '../proformas/frequent-attender/FrequentAttenderForm.tsx';
import type { AttendanceLookup } from '../proformas/frequent-attender/frequentAttenderLookup.ts';
import { HiddenHarmForm } from '../proformas/hidden-harm/HiddenHarmForm.tsx';
import type { UseProformaOptions } from '../state/useProforma.ts';
import type { EncounterLinkProps } from './formProgress.ts';
import { TriageInEncounter } from './TriageInEncounter.tsx';

export interface EncounterFormProps extends UseProformaOptions, EncounterLinkProps {
  onSignedOff?: (signed: SignedOff) => void;
  lookup?: AttendanceLookup;
}

/** The form component of each proforma, as the encounter runs it. */
const FORMS: Record<ProformaId, ComponentType<EncounterFormProps>> = {
  'paediatric-triage': TriageInEncounter,
  'hidden-harm': HiddenHarmForm,
  cse: CseForm,
  fgm: FgmForm,
  'frequent-attender': FrequentAttenderForm,
};

/** One form of the encounter, by proforma id. */
export function EncounterForm({ id, ...props }: EncounterFormProps & { id: ProformaId }) {
  const Form = FORMS[id];
  return <Form {...props} />;
}
