import {
  cseFixtures,
  fgmFixtures,
  frequentAttenderFixtures,
  hiddenHarmFixtures,
  paediatricTriageFixtures,
  type ProformaFixture,
  type ProformaId,
} from '@proformas/core';

const FIXTURES: Record<ProformaId, readonly ProformaFixture[]> = {
  'paediatric-triage': paediatricTriageFixtures,
  'hidden-harm': hiddenHarmFixtures as readonly ProformaFixture[],
  cse: cseFixtures as readonly ProformaFixture[],
  fgm: fgmFixtures as readonly ProformaFixture[],
  'frequent-attender': frequentAttenderFixtures as readonly ProformaFixture[],
};

/** A named clinical scenario of a proforma (tests and stories); throws when there is none. */
export const scenario = (id: ProformaId, name: string): ProformaFixture => {
  const found = FIXTURES[id].find((f) => f.name === name);
  if (!found) throw new Error(`No ${id} scenario "${name}"`);
  return found;
};

/** The registry's visits of a scenario, and the NHS number they belong to. */
export const registryOf = (fixture: ProformaFixture) => {
  const records = fixture.context.priorAttendances ?? [];
  return { records, nhsNumber: records[0]?.nhsNumber ?? '9990000018' };
};
