import { describe, expect, it } from 'vitest';
import { evaluate } from '../../engine/assess.ts';
import { DEFAULT_CONFIG } from '../../model/config.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { isInfantLargeHeadMark, pr3Clauses, ypFactorsOf } from './clauses.ts';
import { triageContext } from './fixtures-builder.ts';
import type { PaediatricTriageAnswers } from './schema.ts';

// paediatric-triage.md "Derived values", checked value by value.

type Answers = Partial<PaediatricTriageAnswers>;
const derivedOf = (born: string, answers: Answers, encounter: EncounterInputs = {}) =>
  evaluate('paediatric-triage', answers, triageContext(born, 'female'), encounter).derived;
const SIXTEEN = '2008-06-01';
const clauseInput = (months: number, answers: Answers) => ({
  answers,
  age: { months, years: Math.floor(months / 12) },
  config: { ...DEFAULT_CONFIG },
  encounter: {},
});

describe('paediatric-triage derived values', () => {
  it('injuryDelayMinutes: whole minutes from B2 to arrival, displayed only', () => {
    const d = derivedOf('2015-06-01', { injuryOrMark: 'yes', injuryAt: '2025-03-10T08:29:30+00:00' });
    expect(d['injuryDelayMinutes']).toBe(90);
    expect(derivedOf('2015-06-01', {})['injuryDelayMinutes']).toBeUndefined();
  });

  it('infantLargeHeadMark: under 12 months and strictly over 50 mm (checked directly, B9.1 hides at 12 months)', () => {
    expect(isInfantLargeHeadMark(clauseInput(11, { largestHeadMarkMm: 51 }))).toBe(true);
    expect(isInfantLargeHeadMark(clauseInput(11, { largestHeadMarkMm: 50 }))).toBe(false);
    expect(isInfantLargeHeadMark(clauseInput(12, { largestHeadMarkMm: 60 }))).toBe(false);
    expect(isInfantLargeHeadMark(clauseInput(11, {}))).toBe(false);
  });

  it('ypFactors: da from D1 or H12, sub from B10, mh from B11', () => {
    expect(ypFactorsOf({ partnerAbuse: 'yes' })).toEqual(['da']);
    expect(ypFactorsOf({ carerDomesticAbuse: 'yes', intoxicated: 'yes', selfHarmOrOverdose: 'yes' })).toEqual(
      ['da', 'sub', 'mh'],
    );
    expect(ypFactorsOf({ carerDomesticAbuse: 'unknown', partnerAbuse: 'unknown' })).toEqual([]);
  });

  it('P-R3 (b): any refer type with a poor explanation, even beside `other`', () => {
    const mixed = clauseInput(84, {
      injuryTypes: ['other', 'burn-scald'],
      explanationSuitability: 'unsuitable',
    });
    expect(pr3Clauses(mixed).b).toBe(true);
  });

  it('encounterLevel and privateSummary follow this form’s own level', () => {
    const refer = derivedOf(SIXTEEN, {
      sexualHealthOrAssault: 'yes',
      sexualHealthNeeds: ['sti'],
      disclosedAbuse: 'yes',
    });
    expect(refer['encounterLevel']).toBe('REFER');
    expect(refer['sexualHealthContext']).toBe(true);
    expect(refer['privateSummary']).toBe(false);
    expect(refer['routineSummaryTo']).toEqual(['gp', 'sn']);
    const quiet = derivedOf(SIXTEEN, { sexualHealthOrAssault: 'yes', sexualHealthNeeds: ['sti'] });
    expect([quiet['encounterLevel'], quiet['privateSummary'], quiet['routineSummaryTo']]).toEqual([
      'NO_CONCERN',
      true,
      ['gp'],
    ]);
  });

  it('a CSE form listed as present (no answers passed) makes a sexual-health context, never agreement', () => {
    const d = derivedOf(SIXTEEN, { youngPersonSharingView: 'agrees' }, { formsPresent: ['cse'] });
    expect([d['sexualHealthContext'], d['sharingAgreed']]).toEqual([true, false]);
    const without = derivedOf(SIXTEEN, { youngPersonSharingView: 'agrees' }, { formsPresent: ['fgm'] });
    expect([without['sexualHealthContext'], without['sharingAgreed']]).toEqual([false, true]);
  });

  it('cseRisk, faLevel and otherFormDiscuss come from the encounter only', () => {
    const alone = derivedOf(SIXTEEN, {});
    expect([alone['cseRisk'], alone['faLevel'], alone['otherFormDiscuss']]).toEqual([
      undefined,
      undefined,
      false,
    ]);
    const d = derivedOf(
      SIXTEEN,
      {},
      { cseRisk: 'LOW', faLevel: 'FA1', otherFormDiscuss: true, encounterLevel: 'DISCUSS' },
    );
    expect([d['cseRisk'], d['faLevel'], d['otherFormDiscuss'], d['encounterLevel']]).toEqual([
      'LOW',
      'FA1',
      true,
      'DISCUSS',
    ]);
  });
});
