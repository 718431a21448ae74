import type { ProformaId } from '../model/proforma.ts';
import type { ProformaMachine } from '../model/machine.ts';
import { paediatricTriageMachine } from '../proformas/paediatric-triage/machine.ts';
import { fgmMachine } from '../proformas/fgm/machine.ts';
import { hiddenHarmMachine } from '../proformas/hidden-harm/machine.ts';
import { cseMachine } from '../proformas/cse/machine.ts';
import { frequentAttenderMachine } from '../proformas/frequent-attender/machine.ts';

/** The statechart of each proforma: one line each, like the registry. */
export const machines: Partial<Record<ProformaId, ProformaMachine>> = {
  'paediatric-triage': paediatricTriageMachine,
  fgm: fgmMachine,
  cse: cseMachine,
  'hidden-harm': hiddenHarmMachine,
  'frequent-attender': frequentAttenderMachine,
};

export const getMachine = (id: ProformaId): ProformaMachine => {
  const machine = machines[id];
  if (!machine) throw new Error(`The "${id}" proforma is not available in this version.`);
  return machine;
};
