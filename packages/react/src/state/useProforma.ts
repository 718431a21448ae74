import {
  getMachine,
  getProforma,
  type AnyProformaDefinition,
  type AssessmentContext,
  type ProformaId,
  type ProformaMachine,
} from '@proformas/core';
import { useActorRef } from '@xstate/react';
import { useEffect, useState } from 'react';
import { defaultStorage, draftKey, loadDraft, saveDraft, type DraftStorage } from './persistence.ts';
import type { ProformaActor } from './proformaActor.ts';

export interface UseProformaOptions {
  /** The patient and the attendance. */
  context: AssessmentContext;
  /** Where the draft is kept; one key per attendance and form. Default `proformas:<id>`. */
  persistKey?: string;
  /** localStorage by default; `null` keeps nothing. */
  storage?: DraftStorage | null;
  /** Answers known before the form opens (prefill). Ignored when a draft is restored. */
  answers?: Record<string, unknown>;
  /** The patient's verified NHS number, for forms that look up the attendance registry. */
  nhsNumber?: string;
}

export interface UseProformaResult {
  actor: ProformaActor;
  definition: AnyProformaDefinition;
  /** When the draft was last saved (undefined until the first save). */
  savedAt: Date | undefined;
  /** Whether the form resumed from a saved draft. */
  restored: boolean;
}

/** Start a proforma's statechart, resuming a saved draft, and save it on every change. */
export function useProforma(id: ProformaId, options: UseProformaOptions): UseProformaResult {
  return useProformaActor(getProforma(id), getMachine(id), options);
}

/** As `useProforma`, for a definition and machine given directly (tests, unregistered forms). */
export function useProformaActor(
  definition: AnyProformaDefinition,
  machine: ProformaMachine,
  options: UseProformaOptions,
): UseProformaResult {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const key = draftKey(definition.id, options.persistKey);
  const [draft] = useState(() => loadDraft(storage, key, definition, machine, options.context));
  const actor = useActorRef(machine, {
    input: {
      context: options.context,
      ...(options.answers ? { answers: options.answers } : {}),
      ...(options.nhsNumber ? { nhsNumber: options.nhsNumber } : {}),
    },
    ...(draft ? { snapshot: draft.snapshot } : {}),
  });
  const [savedAt, setSavedAt] = useState<Date | undefined>(draft?.savedAt);
  useEffect(() => {
    // A resumed draft is assessed again with today's rules (its saved evaluation may be older).
    if (draft) actor.send({ type: 'answers.merged', answers: {} });
  }, [actor, draft]);
  useEffect(() => {
    if (!storage) return;
    const subscription = actor.subscribe(() => {
      const at = new Date();
      saveDraft(storage, key, definition, actor.getPersistedSnapshot(), at);
      setSavedAt(at);
    });
    return () => subscription.unsubscribe();
  }, [actor, storage, key, definition]);
  return { actor, definition, savedAt, restored: draft !== undefined };
}
