/**
 * Whether this browser signed in before. The session cookie is HttpOnly (scripts cannot
 * see it), so without this hint every signed-out visit would start with a 401 from
 * `GET /me`. A stale hint only costs that one 401; a missing one only a sign-in.
 */
const KEY = 'ratchet.session';

export function hasSessionHint(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return true;
  }
}

export function setSessionHint(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Without storage the app simply asks the server each time.
  }
}
