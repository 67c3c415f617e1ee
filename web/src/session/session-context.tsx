import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { onUnauthorized } from '../api/client.js';
import { authApi, setupApi } from '../api/endpoints.js';
import { ApiError } from '../api/problem.js';
import type { Me } from '../api/types.js';
import { hasSessionHint, setSessionHint } from './session-hint.js';

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'setup-needed' }
  | { readonly status: 'signed-out' }
  | { readonly status: 'signed-in'; readonly me: Me }
  | { readonly status: 'error'; readonly error: unknown };

interface SessionValue {
  readonly state: SessionState;
  /** Asks the server again who is signed in (after setup, sign-in or a workspace change). */
  readonly refresh: () => Promise<void>;
  readonly signedIn: () => Promise<void>;
  readonly signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

async function loadSession(): Promise<SessionState> {
  if (hasSessionHint()) {
    try {
      const me = await authApi.me();
      return { status: 'signed-in', me };
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) return { status: 'error', error };
      setSessionHint(false);
    }
  }
  try {
    const setup = await setupApi.status();
    return setup.needed ? { status: 'setup-needed' } : { status: 'signed-out' };
  } catch (error) {
    return { status: 'error', error };
  }
}

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    setState(await loadSession());
  }, []);

  /** After setup or sign-in: the server has just set the cookie. */
  const signedIn = useCallback(async () => {
    setSessionHint(true);
    setState(await loadSession());
  }, []);

  useEffect(() => {
    void refresh();
    return onUnauthorized(() => {
      setSessionHint(false);
      setState((s) => (s.status === 'signed-in' ? { status: 'signed-out' } : s));
    });
  }, [refresh]);

  const signOut = useCallback(async () => {
    try {
      await authApi.signOut();
    } finally {
      setSessionHint(false);
      setState({ status: 'signed-out' });
    }
  }, []);

  const value = useMemo(() => ({ state, refresh, signedIn, signOut }), [state, refresh, signedIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
