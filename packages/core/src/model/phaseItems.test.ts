import { describe, expect, it } from 'vitest';
import { paediatricTriage } from '../proformas/paediatric-triage/definition.ts';
import { evaluateProforma } from './evaluateProforma.ts';
import { itemsOnPage } from './phaseItems.ts';

const item = (key: string, phase: string, alsoAskedIn?: string[]) => ({ key, phase, alsoAskedIn });
const items = [item('a', 'one'), item('b', 'one', ['two', 'three']), item('c', 'two'), item('d', 'two')];

describe('itemsOnPage', () => {
  it("lists a phase's own shown items in order, then the shown items also asked there", () => {
    expect(itemsOnPage(items, 'two', new Set(['a', 'b', 'c', 'd'])).map((i) => i.key)).toEqual([
      'c',
      'd',
      'b',
    ]);
    expect(itemsOnPage(items, 'one', new Set(['a', 'b', 'c'])).map((i) => i.key)).toEqual(['a', 'b']);
  });

  it('leaves out hidden items, whether their own phase or also asked', () => {
    expect(itemsOnPage(items, 'two', new Set(['d'])).map((i) => i.key)).toEqual(['d']);
    expect(itemsOnPage(items, 'three', new Set(['a', 'c'])).map((i) => i.key)).toEqual([]);
    expect(itemsOnPage(items, 'three', new Set(['b'])).map((i) => i.key)).toEqual(['b']);
  });

  it('paediatric triage Flow: B14.1 is asked at once on the page where P-R2 arises (a bruise at 5 months)', () => {
    const evaluation = evaluateProforma(
      paediatricTriage,
      { injuryOrMark: 'yes', injuryTypes: ['bruise-petechiae'] },
      {
        patient: { dateOfBirth: '2025-01-01', sex: 'female' },
        attendance: {
          arrivedAt: '2025-06-10T10:00:00+01:00',
          providerId: 'RXX',
          departmentType: '03',
          category: 'unplanned',
        },
      },
    );
    const onPresentation = itemsOnPage(paediatricTriage.items, 'presentation', evaluation.shown).map(
      (i) => i.code,
    );
    expect(onPresentation).toContain('B14.1');
    expect(onPresentation.at(-1)).toBe('B14.1');
  });
});
