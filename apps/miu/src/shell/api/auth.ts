import { api, setCsrfToken } from './client.ts';
import type { Me } from './types.ts';

export const signIn = async (username: string, password: string): Promise<Me> => {
  const { csrfToken, ...me } = await api<Me & { csrfToken: string }>('POST', '/auth/sign-in', {
    username,
    password,
  });
  setCsrfToken(csrfToken);
  return me;
};

export const signOut = async (): Promise<void> => {
  await api<void>('POST', '/auth/sign-out', {});
  setCsrfToken(undefined);
};

/** Who is signed in; also fetches this session's CSRF token (a reload forgets it). */
export const fetchMe = async (): Promise<Me> => {
  const me = await api<Me>('GET', '/auth/me');
  const { csrfToken } = await api<{ csrfToken: string }>('GET', '/auth/csrf');
  setCsrfToken(csrfToken);
  return me;
};

export const chooseSite = (siteId: string): Promise<Me> => api<Me>('PUT', '/auth/site', { siteId });
