import { describe, expect, it } from 'vitest';
import type { Draft, Suggestions } from '../../api/types.ts';
import { formRows, nextForm, readyForOutcome } from './formStatus.ts';

const suggestions = (list: [string, 'required' | 'offered', boolean?][]): Suggestions =>
  ({
    suggestions: list.map(([id, requirement, available = true]) => ({
      id,
      requirement,
      reason: `${requirement}: x`,
      available,
    })),
    available: [],
    context: {},
  }) as unknown as Suggestions;

const draft = (proformaId: string, signed: boolean): Draft =>
  ({
    proformaId,
    snapshot: { snapshot: { context: signed ? { signedOff: { name: 'A', role: 'B', at: 'x' } } : {} } },
  }) as unknown as Draft;

describe('the forms of an attendance, completed in turn', () => {
  const s = suggestions([
    ['paediatric-triage', 'required'],
    ['frequent-attender', 'required'],
    ['cse', 'offered'],
  ]);

  it('gives each form its status from its server draft', () => {
    const rows = formRows(s, [draft('paediatric-triage', true), draft('frequent-attender', false)]);
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ['paediatric-triage', 'completed'],
      ['frequent-attender', 'in-progress'],
      ['cse', 'not-started'],
    ]);
  });

  it('the next form is the first required one not signed off; offered forms never block', () => {
    expect(nextForm(formRows(s, []))?.id).toBe('paediatric-triage');
    expect(nextForm(formRows(s, [draft('paediatric-triage', true)]))?.id).toBe('frequent-attender');
    const done = formRows(s, [draft('paediatric-triage', true), draft('frequent-attender', true)]);
    expect(nextForm(done)).toBeUndefined();
    expect(readyForOutcome(done)).toBe(true);
    expect(readyForOutcome(formRows(s, [draft('paediatric-triage', true)]))).toBe(false);
  });

  it('a required form this build does not have does not block the outcome', () => {
    const rows = formRows(suggestions([['fgm', 'required', false]]), []);
    expect(nextForm(rows)).toBeUndefined();
    expect(readyForOutcome(rows)).toBe(true);
  });
});
