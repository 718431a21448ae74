import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client.ts';
import type { Draft } from '../api/types.ts';
import { isSignedOff, lookupFailed, serverDraftStorage, type SaveState } from './serverDraftStorage.ts';

const saveDraft = vi.hoisted(() => vi.fn());
vi.mock('../api/drafts.ts', () => ({ saveDraft }));

const saved = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, proforma: 'cse', snapshot: { context: { answers, ...extra } } });

const draft = (version: number, snapshot: Record<string, unknown> | null): Draft => ({
  attendanceId: 'a1',
  proformaId: 'cse',
  answers: {},
  snapshot,
  version,
  createdAt: '2026-01-01T10:00:00Z',
  updatedAt: '2026-01-01T10:00:00Z',
  updatedBy: 'u1',
});

/** A promise the test settles by hand, to hold a save in flight. */
const deferred = () => {
  let resolve!: (d: Draft) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<Draft>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('serverDraftStorage', () => {
  beforeEach(() => saveDraft.mockReset());

  it('gives the draft loaded from the server, and nothing when there is none', () => {
    const snapshot = { version: 1, snapshot: { context: { answers: { a: 'yes' } } } };
    expect(serverDraftStorage('a1', 'cse', draft(3, snapshot), () => {}).getItem('k')).toBe(
      JSON.stringify(snapshot),
    );
    expect(serverDraftStorage('a1', 'cse', undefined, () => {}).getItem('k')).toBeNull();
  });

  it('saves the answers and the whole snapshot, then sends each later save with the version it last saw', async () => {
    saveDraft.mockResolvedValueOnce(draft(4, null)).mockResolvedValueOnce(draft(5, null));
    const states: SaveState[] = [];
    const storage = serverDraftStorage('a1', 'cse', draft(3, null), (s) => states.push(s));
    storage.setItem('k', saved({ screenReasons: ['sexual-health'] }));
    await storage.flush();
    storage.setItem('k', saved({ screenReasons: ['sexual-health'], s1: 'no' }));
    await storage.flush();
    expect(saveDraft).toHaveBeenNthCalledWith(1, 'a1', 'cse', {
      answers: { screenReasons: ['sexual-health'] },
      snapshot: JSON.parse(saved({ screenReasons: ['sexual-health'] })) as unknown,
      baseVersion: 3,
    });
    expect(saveDraft.mock.calls[1]?.[2]).toMatchObject({ baseVersion: 4, answers: { s1: 'no' } });
    expect(states.at(-1)).toMatchObject({ status: 'saved', version: 5 });
  });

  it('sends no baseVersion on the first save of a new draft', async () => {
    saveDraft.mockResolvedValueOnce(draft(1, null));
    const storage = serverDraftStorage('a1', 'cse', undefined, () => {});
    storage.setItem('k', saved({}));
    await storage.flush();
    expect(saveDraft.mock.calls[0]?.[2]).not.toHaveProperty('baseVersion');
  });

  it('while a save is in flight, keeps only the latest change and sends it next (one request at a time)', async () => {
    const first = deferred();
    saveDraft.mockReturnValueOnce(first.promise).mockResolvedValueOnce(draft(3, null));
    const storage = serverDraftStorage('a1', 'cse', undefined, () => {});
    storage.setItem('k', saved({ n: 1 }));
    storage.setItem('k', saved({ n: 2 }));
    storage.setItem('k', saved({ n: 3 }));
    expect(saveDraft).toHaveBeenCalledTimes(1);
    first.resolve(draft(2, null));
    await storage.flush();
    expect(saveDraft).toHaveBeenCalledTimes(2);
    expect(saveDraft.mock.calls[1]?.[2]).toMatchObject({ answers: { n: 3 }, baseVersion: 2 });
  });

  it('stops saving after a 409 (saved from another window) and says so; other failures are reported and retried on the next change', async () => {
    saveDraft.mockRejectedValueOnce(new ApiError(0, 'The server could not be reached.'));
    saveDraft.mockResolvedValueOnce(draft(2, null));
    saveDraft.mockRejectedValueOnce(new ApiError(409, 'This draft was saved from another window.'));
    const states: SaveState[] = [];
    const storage = serverDraftStorage('a1', 'cse', undefined, (s) => states.push(s));
    storage.setItem('k', saved({ n: 1 }));
    await storage.flush();
    expect(states.at(-1)).toEqual({ status: 'failed', message: 'The server could not be reached.' });
    storage.setItem('k', saved({ n: 2 }));
    await storage.flush();
    storage.setItem('k', saved({ n: 3 }));
    await storage.flush();
    expect(states.at(-1)).toEqual({
      status: 'conflict',
      message: 'This draft was saved from another window.',
    });
    storage.setItem('k', saved({ n: 4 }));
    await storage.flush();
    expect(saveDraft).toHaveBeenCalledTimes(3);
  });
});

describe('what a stored draft says', () => {
  it('is signed off only when its snapshot records who signed', () => {
    expect(
      isSignedOff(draft(1, { snapshot: { context: { signedOff: { name: 'A', role: 'B', at: 'x' } } } })),
    ).toBe(true);
    expect(isSignedOff(draft(1, { snapshot: { context: {} } }))).toBe(false);
    expect(isSignedOff(draft(1, null))).toBe(false);
    expect(isSignedOff(undefined)).toBe(false);
  });

  it('knows when the registry lookup failed (history unavailable)', () => {
    expect(lookupFailed(draft(1, { snapshot: { context: { lookup: { status: 'failed' } } } }))).toBe(true);
    expect(lookupFailed(draft(1, { snapshot: { context: { lookup: { status: 'succeeded' } } } }))).toBe(
      false,
    );
    expect(lookupFailed(undefined)).toBe(false);
  });
});
