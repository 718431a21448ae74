import {
  cseFixtures,
  fgmFixtures,
  frequentAttenderFixtures,
  hiddenHarmFixtures,
  paediatricTriageFixtures,
  type ProformaFixture,
  type ProformaId,
} from '@proformas/core';

/** Every proforma's named clinical scenarios, by proforma. */
export const FIXTURES: Record<ProformaId, readonly ProformaFixture<Record<string, unknown>>[]> = {
  'paediatric-triage': paediatricTriageFixtures,
  'hidden-harm': hiddenHarmFixtures,
  cse: cseFixtures,
  fgm: fgmFixtures,
  'frequent-attender': frequentAttenderFixtures,
};
