import type { ProformaId } from '@proformas/core';
import type { Draft, Suggestions } from '../../api/types.ts';
import { isSignedOff } from '../../forms/serverDraftStorage.ts';

export type FormStatus = 'not-started' | 'in-progress' | 'completed';

export interface FormRow {
  id: ProformaId;
  requirement: 'required' | 'offered';
  reason: string;
  available: boolean;
  status: FormStatus;
}

/** Each suggested form with where it stands (from its server draft), required ones first. */
export const formRows = (suggestions: Suggestions, drafts: Draft[]): FormRow[] =>
  suggestions.suggestions.map((s) => {
    const draft = drafts.find((d) => d.proformaId === s.id);
    return {
      id: s.id,
      requirement: s.requirement,
      reason: s.reason,
      available: s.available,
      status: !draft ? 'not-started' : isSignedOff(draft) ? 'completed' : 'in-progress',
    };
  });

/** The next form to complete, in turn: the first required one not completed. */
export const nextForm = (rows: FormRow[]): FormRow | undefined =>
  rows.find((r) => r.requirement === 'required' && r.available && r.status !== 'completed');

/** Every required form is signed off, so the encounter outcome can be signed. */
export const readyForOutcome = (rows: FormRow[]): boolean =>
  rows.every((r) => r.requirement !== 'required' || !r.available || r.status === 'completed');
