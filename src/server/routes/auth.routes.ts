import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { getCookie } from 'hono/cookie';
import { signIn, signOut } from '../../service/accounts/session.service.js';
import { clientIp } from '../client-ip.js';
import type { AppEnv } from '../env.js';
import { SESSION_COOKIE } from '../middleware/authenticate.js';
import type { RateLimiter } from '../middleware/rate-limiter.js';
import { presentUser } from '../presenters/account.presenter.js';
import { HttpProblem } from '../problem.js';
import { SignInRequestSchema, SignInResultSchema } from '../schemas/account.schema.js';
import { jsonBody, jsonResponse, problem, problems } from '../schemas/common.schema.js';
import type { ServerDeps } from '../server-deps.js';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.js';

const signInRoute = createRoute({
  method: 'post',
  path: '/auth/sign-in',
  tags: ['Accounts'],
  summary: 'Sign in with email and password (sets the session cookie)',
  security: [],
  request: { body: jsonBody(SignInRequestSchema) },
  responses: {
    200: jsonResponse(SignInResultSchema, 'Signed in'),
    401: problems[401],
    403: problem('Password sign-in is turned off on this server (single sign-on only).'),
    422: problems[422],
    429: problems[429],
  },
});

const signOutRoute = createRoute({
  method: 'post',
  path: '/auth/sign-out',
  tags: ['Accounts'],
  summary: 'Sign out: revokes the session on the server and clears the cookie',
  responses: { 204: { description: 'Signed out (also when there was no session)' } },
});

/** With password sign-in turned off, a password proves nothing here: say how to sign in instead. */
export function refuseWhenPasswordsOff(deps: ServerDeps): void {
  if (deps.signIn?.passwordSignIn ?? true) return;
  const provider = deps.signIn?.sso?.providerName ?? 'single sign-on';
  throw new HttpProblem(
    403,
    `Password sign-in is turned off on this server. Use "Sign in with ${provider}" on the sign-in page instead.`,
  );
}

export interface SignInLimiters {
  readonly perEmail: RateLimiter;
  readonly perIp: RateLimiter;
}

export function registerAuthRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  limiters: SignInLimiters,
): void {
  api.openapi(signInRoute, async (c) => {
    const { email, password } = c.req.valid('json');
    refuseWhenPasswordsOff(deps);
    const ip = clientIp(c, deps.trustProxy);
    const emailKey = `${ip}|${email.trim().toLowerCase()}`;
    // Both limits count every attempt: per address and email against guessing one
    // password, per address against spraying many accounts.
    for (const verdict of [await limiters.perEmail.hit(emailKey), await limiters.perIp.hit(ip)]) {
      if (!verdict.allowed) {
        throw new HttpProblem(
          429,
          `Too many sign-in attempts. Wait ${Math.ceil(verdict.retryAfterSeconds / 60)} min and try again, or ask an admin to reset your password.`,
          { headers: { 'Retry-After': String(verdict.retryAfterSeconds) } },
        );
      }
    }
    const session = await signIn(deps.store.db, { email, password }, deps.now());
    if (!session) throw new HttpProblem(401, 'The email or password is wrong.');
    await limiters.perEmail.reset(emailKey);
    setSessionCookie(c, session, deps.trustProxy);
    return c.json({ user: presentUser(session.user) }, 200);
  });

  api.openapi(signOutRoute, async (c) => {
    const secret = getCookie(c, SESSION_COOKIE);
    if (secret) await signOut(deps.store.db, secret, deps.now());
    clearSessionCookie(c, deps.trustProxy);
    return c.body(null, 204);
  });
}
