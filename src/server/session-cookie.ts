import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { StartedSession } from '../service/accounts/session.service.js';
import type { AppEnv } from './env.js';
import { SESSION_COOKIE } from './middleware/authenticate.js';
import { isSecureRequest } from './middleware/csrf.js';

/** HttpOnly (no script reads it), SameSite=Lax, Secure whenever the client reached us over TLS. */
export function setSessionCookie(c: Context<AppEnv>, session: StartedSession, trustProxy: boolean): void {
  setCookie(c, SESSION_COOKIE, session.secret, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isSecureRequest(c.req.raw, trustProxy),
    path: '/',
    expires: new Date(session.endsBy),
  });
}

export function clearSessionCookie(c: Context<AppEnv>, trustProxy: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isSecureRequest(c.req.raw, trustProxy) });
}
