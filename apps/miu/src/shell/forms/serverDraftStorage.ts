import type { ProformaId } from '@proformas/core';
import type { DraftStorage } from '@proformas/react';
import { saveDraft } from '../api/drafts.ts';
import { ApiError } from '../api/client.ts';
import type { Draft } from '../api/types.ts';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date; version: number }
  | { status: 'failed'; message: string }
  | { status: 'conflict'; message: string };

export interface ServerDraftStorage extends DraftStorage {
  /** Resolves when every change so far has reached the server (or failed). */
  flush: () => Promise<void>;
}

/** The answers inside a saved draft (the form's persisted snapshot holds them). */
const answersOf = (saved: Record<string, unknown>): Record<string, unknown> => {
  const snapshot = saved['snapshot'] as { context?: { answers?: Record<string, unknown> } } | undefined;
  return snapshot?.context?.answers ?? {};
};

/**
 * The form's draft storage, kept on the server: `getItem` gives the draft loaded before the form
 * opened; `setItem` saves the answers and the persisted statechart snapshot with `PUT`, one request
 * at a time, always the latest, with the version last seen (a stale window gets a 409, never
 * overwrites). So a draft resumes from any browser, and a reload loses nothing once saved.
 */
export function serverDraftStorage(
  attendanceId: string,
  proformaId: ProformaId,
  initial: Draft | undefined,
  onState: (state: SaveState) => void,
): ServerDraftStorage {
  let version = initial?.version;
  let pending: string | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const send = async (): Promise<void> => {
    while (pending !== undefined && !stopped) {
      const text = pending;
      pending = undefined;
      const saved = JSON.parse(text) as Record<string, unknown>;
      onState({ status: 'saving' });
      try {
        const draft = await saveDraft(attendanceId, proformaId, {
          answers: answersOf(saved),
          snapshot: saved,
          ...(version !== undefined ? { baseVersion: version } : {}),
        });
        version = draft.version;
        onState({ status: 'saved', at: new Date(draft.updatedAt), version: draft.version });
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          stopped = true;
          onState({ status: 'conflict', message: error.message });
        } else {
          onState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
        }
      }
    }
  };

  return {
    getItem: () => (initial?.snapshot ? JSON.stringify(initial.snapshot) : null),
    setItem: (_key, value) => {
      pending = value;
      running ??= send().finally(() => {
        running = undefined;
      });
    },
    removeItem: () => undefined,
    flush: async () => {
      while (running) await running;
    },
  };
}

/** Whether a stored draft's form has been signed off. */
export const isSignedOff = (draft: Draft | undefined): boolean => {
  const snapshot = draft?.snapshot?.['snapshot'] as { context?: { signedOff?: unknown } } | undefined;
  return snapshot?.context?.signedOff !== undefined;
};

/** Whether the form's registry lookup failed (the history was not available: FA-U). */
export const lookupFailed = (draft: Draft | undefined): boolean => {
  const snapshot = draft?.snapshot?.['snapshot'] as
    { context?: { lookup?: { status?: string } } } | undefined;
  return snapshot?.context?.lookup?.status === 'failed';
};
