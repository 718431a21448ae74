import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> =
  { status: 'loading' } | { status: 'failed'; error: Error } | { status: 'loaded'; data: T };

/** Load data when the key changes; `reload` asks again. The latest answer wins. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> & { reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load()
      .then((data) => live && setState({ status: 'loaded', data }))
      .catch((error: unknown) => live && setState({ status: 'failed', error: error as Error }));
    return () => {
      live = false;
    };
    // `load` is a fresh closure each render; `key` says when to ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}
