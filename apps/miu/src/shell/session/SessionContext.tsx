import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { fetchMe } from '../api/auth.ts';
import { ApiError } from '../api/client.ts';
import type { Me } from '../api/types.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'error'; message: string }
  | { status: 'signed-in'; me: Me };

interface SessionValue {
  state: SessionState;
  setMe: (me: Me | undefined) => void;
}

const SessionContext = createContext<SessionValue | undefined>(undefined);

/** Who is signed in, asked of the server once on load (the session cookie is httpOnly). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    fetchMe()
      .then((me) => live && setState({ status: 'signed-in', me }))
      .catch((error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 401) setState({ status: 'signed-out' });
        else setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      live = false;
    };
  }, []);
  const setMe = (me: Me | undefined) => setState(me ? { status: 'signed-in', me } : { status: 'signed-out' });
  return <SessionContext.Provider value={{ state, setMe }}>{children}</SessionContext.Provider>;
}

export const useSession = (): SessionValue => {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
};

/** The signed-in user (only inside pages that are shown signed in). */
export const useMe = (): Me => {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe while not signed in');
  return state.me;
};
