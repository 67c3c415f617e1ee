import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { authenticateApiToken } from '../../service/accounts/api-token.service.js';
import { resolveSession } from '../../service/accounts/session.service.js';
import type { AppEnv } from '../env.js';
import { HttpProblem } from '../problem.js';
import type { ServerDeps } from '../server-deps.js';
import type { RateLimiter } from './rate-limiter.js';

export const SESSION_COOKIE = 'ratchet_session';

/**
 * Works out who is calling, from `Authorization: Bearer` or the session cookie, and sets
 * `principal` (null when anonymous). A bearer token that does not work is an error at
 * once: a script should hear that its token is wrong, not get anonymous answers.
 */
export function authenticate(deps: ServerDeps, tokenLimiter: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match?.[1]) {
        throw new HttpProblem(401, 'The Authorization header must read "Bearer <token>".', {
          headers: { 'WWW-Authenticate': 'Bearer' },
        });
      }
      const token = await authenticateApiToken(deps.store.db, match[1], deps.now());
      if (!token) {
        throw new HttpProblem(
          401,
          'This API token is unknown or revoked. Create a new one with `ratchet token create` or in the workspace settings.',
          { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } },
        );
      }
      const verdict = await tokenLimiter.hit(`token:${token.id}`);
      if (!verdict.allowed) {
        throw new HttpProblem(
          429,
          `This token made too many requests. Wait ${verdict.retryAfterSeconds} s, or send points in bulk (up to 10,000 per request).`,
          { headers: { 'Retry-After': String(verdict.retryAfterSeconds) } },
        );
      }
      c.set('principal', { kind: 'token', token });
      return next();
    }
    const secret = getCookie(c, SESSION_COOKIE);
    if (secret) {
      const session = await resolveSession(deps.store.db, secret, deps.now());
      if (session) c.set('principal', { kind: 'session', user: session.user, sessionId: session.sessionId });
    }
    return next();
  };
}

export function requireUser(c: { get(key: 'principal'): AppEnv['Variables']['principal'] }) {
  const principal = c.get('principal');
  if (principal?.kind !== 'session') {
    throw new HttpProblem(
      401,
      principal?.kind === 'token'
        ? 'This endpoint is for signed-in people, not API tokens.'
        : 'Sign in first (POST /api/v1/auth/sign-in).',
    );
  }
  return principal.user;
}
