import type {
  AnyProformaDefinition,
  AssessmentContext,
  ProformaMachine,
  ProformaMachineContext,
} from '@proformas/core';
import type { Snapshot, StateValue } from 'xstate';

/** The part of the Web Storage API a draft needs (localStorage, sessionStorage or a test double). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface SavedDraft {
  version: 1;
  proforma: string;
  /** Changes when the form's questions or phases change: an older draft is then not restored. */
  signature: string;
  savedAt: string;
  snapshot: unknown;
}

export interface LoadedDraft {
  snapshot: Snapshot<unknown>;
  savedAt: Date;
}

/** localStorage when there is one and it works; otherwise nothing is saved. */
export const defaultStorage = (): DraftStorage | null => {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
};

export const draftSignature = (definition: AnyProformaDefinition): string => {
  const text = [
    definition.id,
    ...definition.phases.map((p) => p.id),
    ...definition.items.map((i) => `${i.key}:${i.type}`),
  ].join('|');
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash << 5) + hash + text.charCodeAt(i)) >>> 0;
  return hash.toString(36);
};

// A snapshot holds Sets (the keys of shown items); JSON has none, so they are tagged.
const replacer = (_key: string, value: unknown): unknown =>
  value instanceof Set ? { $set: [...value] } : value;
const reviver = (_key: string, value: unknown): unknown =>
  value !== null && typeof value === 'object' && '$set' in value && Array.isArray(value.$set)
    ? new Set(value.$set)
    : value;

export const saveDraft = (
  storage: DraftStorage,
  key: string,
  definition: AnyProformaDefinition,
  snapshot: unknown,
  at: Date,
): void => {
  const draft: SavedDraft = {
    version: 1,
    proforma: definition.id,
    signature: draftSignature(definition),
    savedAt: at.toISOString(),
    snapshot,
  };
  try {
    storage.setItem(key, JSON.stringify(draft, replacer));
  } catch {
    // Storage full or blocked: the form still works; the draft is not kept.
  }
};

const sameAttendance = (a: AssessmentContext, b: AssessmentContext): boolean =>
  a.patient.dateOfBirth === b.patient.dateOfBirth &&
  a.patient.sex === b.patient.sex &&
  a.attendance.arrivedAt === b.attendance.arrivedAt;

interface SnapshotShape {
  status: string;
  value: StateValue;
  context: ProformaMachineContext;
}
const isSnapshotShape = (s: unknown): s is SnapshotShape => {
  if (s === null || typeof s !== 'object' || !('context' in s) || !('value' in s) || !('status' in s))
    return false;
  const context = s.context;
  return (
    context !== null && typeof context === 'object' && 'assessmentContext' in context && 'answers' in context
  );
};

/** A saved draft for this form and this attendance, if there is a usable one. */
export const loadDraft = (
  storage: DraftStorage | null,
  key: string,
  definition: AnyProformaDefinition,
  machine: ProformaMachine,
  context: AssessmentContext,
): LoadedDraft | undefined => {
  try {
    const text = storage?.getItem(key);
    if (!text) return undefined;
    const draft = JSON.parse(text, reviver) as Partial<SavedDraft>;
    if (
      draft.version !== 1 ||
      draft.proforma !== definition.id ||
      draft.signature !== draftSignature(definition)
    )
      return undefined;
    const snapshot = draft.snapshot;
    if (!isSnapshotShape(snapshot) || snapshot.status !== 'active') return undefined;
    if (!sameAttendance(snapshot.context.assessmentContext, context)) return undefined;
    if (!definition.schema.safeParse(snapshot.context.answers).success) return undefined;
    // Throws when a saved state no longer exists in the statechart.
    machine.resolveState({ value: snapshot.value, context: snapshot.context });
    const restored: Snapshot<unknown> = {
      ...snapshot,
      status: 'active',
      output: undefined,
      error: undefined,
    };
    return { snapshot: restored, savedAt: new Date(draft.savedAt ?? Date.now()) };
  } catch {
    return undefined;
  }
};

export const clearDraft = (storage: DraftStorage | null, key: string): void => {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to clear.
  }
};

/** The storage key of a form's draft. */
export const draftKey = (id: string, persistKey?: string): string => persistKey ?? `proformas:${id}`;
