import type { AnyProformaDefinition, ProformaId } from '../model/proforma.ts';
import { paediatricTriage } from '../proformas/paediatric-triage/definition.ts';
import { fgm } from '../proformas/fgm/definition.ts';
import { hiddenHarm } from '../proformas/hidden-harm/definition.ts';
import { cse } from '../proformas/cse/definition.ts';
import { frequentAttender } from '../proformas/frequent-attender/definition.ts';

/** Every proforma the engine knows: adding one is one line here. */
export const PROFORMAS: Partial<Record<ProformaId, AnyProformaDefinition>> = {
  'paediatric-triage': paediatricTriage,
  fgm,
  cse,
  'hidden-harm': hiddenHarm,
  'frequent-attender': frequentAttender,
};

export const getProforma = (id: ProformaId): AnyProformaDefinition => {
  const definition = PROFORMAS[id];
  if (!definition) throw new Error(`The "${id}" proforma is not available in this version.`);
  return definition;
};
