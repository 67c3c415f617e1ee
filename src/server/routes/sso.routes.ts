import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createOidcClient, type PendingSignIn } from '../../service/accounts/sso/oidc-client.js';
import { SsoRefusal, ssoRefusal } from '../../service/accounts/sso/sso-refusal.js';
import { signInWithIdentity } from '../../service/accounts/sso/sso-sign-in.service.js';
import { SecretKeyError } from '../../service/secrets/secret-box.js';
import { secretsFor } from '../../service/secrets/server-secrets.js';
import { mapDomainError } from '../domain-errors.js';
import type { AppEnv } from '../env.js';
import { isSecureRequest, requestOrigin } from '../middleware/csrf.js';
import { jsonResponse } from '../schemas/common.schema.js';
import { SignInOptionsSchema, SsoCallbackQuery, SsoStartQuery } from '../schemas/sso.schema.js';
import type { ServerDeps } from '../server-deps.js';
import { setSessionCookie } from '../session-cookie.js';
import { ssoProblemPage } from '../sso-page.js';

const PENDING_COOKIE = 'ratchet_sso';
const PENDING_PATH = '/api/v1/auth/sso';
/** A sign-in must come back from the provider within ten minutes. */
const PENDING_MAX_MS = 10 * 60 * 1000;

const optionsRoute = createRoute({
  method: 'get',
  path: '/auth/options',
  tags: ['Accounts'],
  summary: 'How to sign in here: password, single sign-on, or both',
  security: [],
  responses: { 200: jsonResponse(SignInOptionsSchema, 'The sign-in options') },
});

const startRoute = createRoute({
  method: 'get',
  path: '/auth/sso/start',
  tags: ['Accounts'],
  summary: 'Start single sign-on: redirects the browser to the identity provider',
  security: [],
  request: { query: SsoStartQuery },
  responses: {
    302: { description: "To the provider's sign-in page" },
    404: { description: 'Single sign-on is not set up (an HTML page)' },
    503: { description: 'The server has no key to seal the sign-in with (an HTML page)' },
  },
});

const callbackRoute = createRoute({
  method: 'get',
  path: '/auth/sso/callback',
  tags: ['Accounts'],
  summary: "The identity provider's answer: signs in and redirects to the web app",
  security: [],
  request: { query: SsoCallbackQuery },
  responses: {
    302: { description: 'Signed in (session cookie set); to the web app' },
    400: { description: 'The answer does not match the sign-in started here (an HTML page)' },
    403: { description: 'Not allowed in: unverified email, no account or invitation (an HTML page)' },
    410: { description: 'The invitation has expired or was used (an HTML page)' },
  },
});

/** Single sign-on with OpenID Connect; see docs/sso.md. */
export function registerSsoRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  const settings = deps.signIn?.sso ?? null;
  const client = settings ? createOidcClient(settings) : null;
  const provider = settings?.providerName ?? 'single sign-on';

  api.openapi(optionsRoute, (c) =>
    c.json(
      {
        passwordSignIn: deps.signIn?.passwordSignIn ?? true,
        sso: settings ? { providerName: settings.providerName, startUrl: `${PENDING_PATH}/start` } : null,
      },
      200,
    ),
  );

  api.openapi(startRoute, async (c) => {
    if (!client) return refusalPage(c, ssoRefusal('not-configured', provider));
    const { invitation } = c.req.valid('query');
    try {
      const { url, pending } = await client.begin(callbackUrl(c, deps), deps.now(), invitation);
      setCookie(c, PENDING_COOKIE, secretsFor(deps.store).seal(JSON.stringify(pending)), {
        httpOnly: true,
        // Lax: the cookie comes back on the provider's top-level redirect to the callback.
        sameSite: 'Lax',
        secure: isSecureRequest(c.req.raw, deps.trustProxy),
        path: PENDING_PATH,
        maxAge: PENDING_MAX_MS / 1000,
      });
      return c.redirect(url.href, 302);
    } catch (error) {
      return refusalPage(c, error);
    }
  });

  api.openapi(callbackRoute, async (c) => {
    if (!client || !settings) return refusalPage(c, ssoRefusal('not-configured', provider));
    const pending = readPending(c, deps);
    // One answer per sign-in: the pending state is gone whatever happens next.
    deleteCookie(c, PENDING_COOKIE, {
      path: PENDING_PATH,
      secure: isSecureRequest(c.req.raw, deps.trustProxy),
    });
    try {
      if (!pending) throw ssoRefusal('no-pending-sign-in', provider);
      const answer = new URL(c.req.url);
      const callback = new URL(callbackUrl(c, deps));
      callback.search = answer.search;
      const identity = await client.finish(callback, pending);
      const signedIn = await signInWithIdentity(deps.store, identity, settings, {
        ...(pending.invitation ? { invitation: pending.invitation } : {}),
        now: deps.now(),
      });
      setSessionCookie(c, signedIn.session, deps.trustProxy);
      return c.redirect(signedIn.workspace ? `/w/${encodeURIComponent(signedIn.workspace.slug)}` : '/', 302);
    } catch (error) {
      return refusalPage(c, error);
    }
  });
}

/** Where the provider sends the browser back: registered with the provider as the redirect URI. */
function callbackUrl(c: Context<AppEnv>, deps: ServerDeps): string {
  return `${requestOrigin(c.req.raw, deps.trustProxy)}${PENDING_PATH}/callback`;
}

function readPending(c: Context<AppEnv>, deps: ServerDeps): PendingSignIn | null {
  const sealed = getCookie(c, PENDING_COOKIE);
  if (!sealed) return null;
  try {
    const pending = JSON.parse(secretsFor(deps.store).open(sealed)) as PendingSignIn;
    return deps.now() - pending.startedAt <= PENDING_MAX_MS ? pending : null;
  } catch {
    return null;
  }
}

const REFUSAL_STATUS = {
  'not-configured': 404,
  'no-pending-sign-in': 400,
  'state-mismatch': 400,
  'nonce-mismatch': 400,
  'provider-error': 502,
  'provider-unreachable': 502,
  'no-email': 403,
  'unverified-email': 403,
  'unknown-account': 403,
  'disabled-account': 403,
} as const;

// biome-ignore lint/suspicious/noExplicitAny: the routes declare HTML pages, not typed bodies
function refusalPage(c: Context<AppEnv>, error: unknown): any {
  if (error instanceof SsoRefusal) {
    return c.html(
      ssoProblemPage('Single sign-on did not sign you in', error.message),
      REFUSAL_STATUS[error.reason],
    );
  }
  // PostgreSQL without RATCHET_SECRET_KEY: the operator's to fix, said as the error says it.
  if (error instanceof SecretKeyError) {
    return c.html(ssoProblemPage('Single sign-on is not ready on this server', error.message), 503);
  }
  const problem = mapDomainError(error);
  if (problem) {
    return c.html(
      ssoProblemPage('Single sign-on did not sign you in', problem.detail),
      problem.status as 403 | 404 | 409 | 410 | 422,
    );
  }
  throw error;
}
