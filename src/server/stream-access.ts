import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { authenticateApiToken } from '../service/accounts/api-token.service.js';
import { membershipIn } from '../service/accounts/membership.service.js';
import { resolveSession } from '../service/accounts/session.service.js';
import type { AppEnv } from './env.js';
import { SESSION_COOKIE } from './middleware/authenticate.js';
import type { ServerDeps } from './server-deps.js';

/**
 * An event stream outlives the request that opened it, so it asks again, before each
 * batch of events and at each keep-alive, whether its caller may still read the
 * workspace: the session is live (not signed out, revoked by a password change or a
 * disabled account, nor past its idle or absolute limit) and still a member, or the API
 * token is not revoked (issue 13, defect 4). The answer is false once, and the stream ends.
 */
export function streamAccess(c: Context<AppEnv>, deps: ServerDeps): () => Promise<boolean> {
  const { principal, workspace } = c.get('scope');
  if (principal.kind === 'token') {
    const secret = /^Bearer\s+(\S+)/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    return async () =>
      (await authenticateApiToken(deps.store.db, secret, deps.now()))?.id === principal.token.id;
  }
  const secret = getCookie(c, SESSION_COOKIE) ?? '';
  return async () => {
    const session = await resolveSession(deps.store.db, secret, deps.now());
    if (session?.sessionId !== principal.sessionId) return false;
    return (await membershipIn(deps.store.db, session.user.id, workspace.id)) !== null;
  };
}

/** The key a caller's open streams are counted under. */
export function streamCaller(c: Context<AppEnv>): string {
  const { principal } = c.get('scope');
  return principal.kind === 'token' ? `token:${principal.token.id}` : `session:${principal.sessionId}`;
}
