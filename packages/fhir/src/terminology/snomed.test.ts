import { PROFORMA_IDS } from '@proformas/core';
import { describe, expect, it } from 'vitest';
import { validQuestionnaire as toQuestionnaire } from '../test/valid.ts';
import { ITEM_CONCEPTS, SNOMED, UNVERIFIED_TRUNCATED_SCTIDS } from './snomed.ts';
import { UK_NAMESPACE, isUsableUkConceptId, sctidParts, verhoeffValid } from './verhoeff.ts';

const ids = Object.values(SNOMED).map((c) => c.id);

describe('the SNOMED CT table', () => {
  it('holds every SCTID of coding.md §1 once', () => {
    expect(ids).toHaveLength(18);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ids)('%s has a valid Verhoeff check digit', (id) => {
    expect(verhoeffValid(id)).toBe(true);
  });

  it.each(ids.filter((id) => sctidParts(id)?.namespace !== undefined))(
    'long id %s is a concept in the UK namespace 1000000',
    (id) => {
      expect(sctidParts(id)).toEqual({ partition: '10', namespace: UK_NAMESPACE });
      expect(isUsableUkConceptId(id)).toBe(true);
    },
  );

  it('keeps the short ids in the international concept partition', () => {
    expect(sctidParts(SNOMED.childProtectionFinding.id)).toEqual({ partition: '00' });
    expect(sctidParts(SNOMED.vulnerableAdult.id)).toEqual({ partition: '00' });
  });

  it('never uses the two truncated [UNVERIFIED] ids, which fail these checks (coding.md §1)', () => {
    for (const truncated of UNVERIFIED_TRUNCATED_SCTIDS) {
      expect(ids.some((id) => id.includes(truncated))).toBe(false);
      expect(isUsableUkConceptId(truncated)).toBe(false);
    }
    expect(sctidParts('80231100000100')?.namespace).toBe('1100000');
    expect(verhoeffValid('80228000000103')).toBe(false);
    const questionnaires = JSON.stringify(PROFORMA_IDS.map((id) => toQuestionnaire(id)));
    for (const truncated of UNVERIFIED_TRUNCATED_SCTIDS) expect(questionnaires).not.toContain(truncated);
  });

  it('catches a mistyped id: one digit changed or two swapped', () => {
    expect(verhoeffValid('836881000000106')).toBe(false);
    expect(verhoeffValid('838681000000105')).toBe(false);
    expect(verhoeffValid('12a4')).toBe(false);
    expect(sctidParts('12345')).toBeUndefined();
  });

  it('maps items only to concepts of the table', () => {
    for (const concepts of Object.values(ITEM_CONCEPTS)) {
      for (const concept of Object.values(concepts)) expect(Object.keys(SNOMED)).toContain(concept);
    }
  });
});
