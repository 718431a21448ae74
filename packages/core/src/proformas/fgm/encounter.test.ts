import { describe, expect, it } from 'vitest';
import { assessEncounter } from '../../engine/assessEncounter.ts';
import { suggestProformas } from '../../engine/suggestProformas.ts';
import { GIRL_UNSTATED, person } from './fixtures-builder.ts';
import { fgmPrefillFromTriage } from './prefill.ts';
import { GIRL_15 } from './testing.ts';

// domain/README.md "Combining forms in one encounter": the FGM form beside its parent triage.
describe('fgm in an encounter', () => {
  const triage = { fgmDisclosedOrSeen: 'yes', fgmSource: ['she-said'] };

  it('T5: triage B17 = yes requires the FGM form, which the triage prefills (example 9)', () => {
    expect(
      suggestProformas(GIRL_15, { 'paediatric-triage': triage }).find((s) => s.id === 'fgm')?.requirement,
    ).toBe('required');
    const fgmAnswers = {
      ...GIRL_UNSTATED,
      ...fgmPrefillFromTriage(triage),
      girlDisclosureWords: 'I was cut.',
      identifiedBy: [person('Ruth Example', 'triage nurse', 'nmc', 'heard')],
    };
    const encounter = assessEncounter({ 'paediatric-triage': triage, fgm: fgmAnswers }, GIRL_15);
    expect(encounter.forms.fgm?.level).toBe('REFER');
    expect(encounter.forms.fgm?.firedRules).toEqual(['F-R1']);
    expect(encounter.actions).toEqual(expect.arrayContaining(['POLICE_101_FGM_REPORT', 'MASH_REFERRAL']));
    expect(['REFER', 'EMERGENCY']).toContain(encounter.level);
  });

  it('never outputs ROUTINE_SUMMARY itself (only the parent form does)', () => {
    const encounter = assessEncounter({ fgm: GIRL_UNSTATED }, GIRL_15);
    expect(encounter.forms.fgm?.actions).toEqual([]);
    expect(encounter.forms.fgm?.level).toBe('NO_CONCERN');
  });
});
