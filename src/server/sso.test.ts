import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityProvider, type TestIdentityProvider } from '../../test/sso/oidc-test-provider.js';
import { signInAtProvider } from '../../test/sso/provider-browser.js';
import { testDialects } from '../../test/store/databases.js';
import { INVITATION_LIFETIME_MS } from '../service/accounts/invitation.service.js';
import type { PendingSignIn } from '../service/accounts/sso/oidc-client.js';
import type { SignInSettings } from '../service/accounts/sso/sso-settings.js';
import { secretsFor } from '../service/secrets/server-secrets.js';
import { ORIGIN, sessionCookieOf, testServer } from './test-support/harness.js';

/**
 * Single sign-on against a real OpenID provider on a local port: its people are Vera
 * (verified email), Uma (unverified), Olivia (the owner) and Nina at an allowed domain.
 */
const CALLBACK = `${ORIGIN}/api/v1/auth/sso/callback`;
// The sign-in in progress is sealed under the server key (PostgreSQL needs it set).
process.env.RATCHET_SECRET_KEY ??= 'a test key for sealing sign-ins in progress';
let idp: TestIdentityProvider;

beforeAll(async () => {
  idp = await startIdentityProvider(
    [
      { email: 'vera@acme.test', name: 'Vera Verified', emailVerified: true },
      { email: 'uma@acme.test', name: 'Uma Unverified', emailVerified: false },
      { email: 'olivia@acme.test', name: 'Olivia Owner', emailVerified: true },
      { email: 'nina@partner.test', name: 'Nina Partner', emailVerified: true },
    ],
    [CALLBACK],
  );
});
afterAll(async () => {
  await idp.close();
});

const settings = (
  options: { readonly passwordSignIn?: boolean; readonly allowedDomains?: string[] } = {},
): SignInSettings => ({
  sso: {
    issuer: new URL(idp.issuer),
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    providerName: 'Acme Login',
    allowedDomains: options.allowedDomains ?? ['partner.test'],
  },
  passwordSignIn: options.passwordSignIn ?? true,
});

const pendingCookieOf = (headers: Headers) =>
  /ratchet_sso=[^;]+/.exec(headers.get('set-cookie') ?? '')?.[0] ?? '';

describe.each(testDialects())('single sign-on with OpenID Connect on $name', (dialect) => {
  async function ssoServer(options: Parameters<typeof settings>[0] = {}) {
    const server = await testServer(dialect, { signIn: settings(options) });
    const owner = await server.setupOwner();
    /** Starts at Ratchet, signs in at the provider as `login`, and brings the answer back. */
    const signInThrough = async (login: string, query = '') => {
      const start = await server.call('GET', `/api/v1/auth/sso/start${query}`);
      expect(start.status).toBe(302);
      const cookie = pendingCookieOf(start.headers);
      const answer = await signInAtProvider(start.headers.get('location') ?? '', login);
      const back = await server.call('GET', `${answer.pathname}${answer.search}`, undefined, { cookie });
      return { start, cookie, answer, back };
    };
    const userCount = async () => (await server.db.selectFrom('users').select('id').execute()).length;
    return { ...server, owner, signInThrough, userCount };
  }

  it('the sign-in options name the provider; the redirect carries PKCE, state and nonce', async () => {
    const server = await ssoServer();
    const options = await server.call('GET', '/api/v1/auth/options');
    expect(options.json).toEqual({
      passwordSignIn: true,
      sso: { providerName: 'Acme Login', startUrl: '/api/v1/auth/sso/start' },
    });
    const start = await server.call('GET', '/api/v1/auth/sso/start');
    const to = new URL(start.headers.get('location') ?? '');
    expect(to.origin).toBe(idp.issuer);
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('state')).toBeTruthy();
    expect(to.searchParams.get('nonce')).toBeTruthy();
    expect(to.searchParams.get('redirect_uri')).toBe(CALLBACK);
    expect(start.headers.get('set-cookie')).toMatch(/ratchet_sso=.*HttpOnly/i);
  });

  it('an existing account signs in by its verified email', async () => {
    const server = await ssoServer();
    const { back } = await server.signInThrough('olivia@acme.test');
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe('/');
    const me = await server.call('GET', '/api/v1/me', undefined, { cookie: sessionCookieOf(back.headers) });
    expect(me.json).toMatchObject({ user: { email: 'olivia@acme.test' } });
  });

  it('an invitation is accepted by signing in: a new member with the invited role', async () => {
    const server = await ssoServer();
    const invited = await server.call(
      'POST',
      '/api/v1/workspaces/acme-support/invitations',
      { email: 'vera@acme.test', role: 'editor' },
      { cookie: server.owner.cookie },
    );
    const secret = decodeURIComponent(String(invited.json.link).split('/invite/')[1] ?? '');
    const { back } = await server.signInThrough(
      'vera@acme.test',
      `?invitation=${encodeURIComponent(secret)}`,
    );
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe('/w/acme-support');
    const me = await server.call('GET', '/api/v1/me', undefined, { cookie: sessionCookieOf(back.headers) });
    expect(me.json).toMatchObject({
      user: { email: 'vera@acme.test', name: 'Vera Verified' },
      workspaces: [{ slug: 'acme-support', role: 'editor' }],
    });
  });

  it('a verified email at an allowed domain gets an account on first sign-in', async () => {
    const server = await ssoServer();
    const { back } = await server.signInThrough('nina@partner.test');
    expect(back.status).toBe(302);
    const me = await server.call('GET', '/api/v1/me', undefined, { cookie: sessionCookieOf(back.headers) });
    expect(me.json).toMatchObject({
      user: { email: 'nina@partner.test', name: 'Nina Partner' },
      workspaces: [],
    });
  });

  it('an email the provider has not verified: a page in words, nothing created', async () => {
    const server = await ssoServer({ allowedDomains: ['acme.test'] });
    const before = await server.userCount();
    const { back } = await server.signInThrough('uma@acme.test');
    expect(back.status).toBe(403);
    expect(back.headers.get('content-type')).toMatch(/text\/html/);
    expect(back.text).toContain('Acme Login has not verified the email address uma@acme.test');
    expect(back.headers.get('set-cookie') ?? '').not.toContain('ratchet_session=');
    expect(await server.userCount()).toBe(before);
  });

  it('an unknown account with neither invitation nor allowed domain is refused, nothing created', async () => {
    const server = await ssoServer();
    const before = await server.userCount();
    const { back } = await server.signInThrough('vera@acme.test');
    expect(back.status).toBe(403);
    expect(back.text).toContain('There is no Ratchet account for vera@acme.test');
    expect(back.text).toContain('Ask an admin of your workspace to invite you');
    expect(await server.userCount()).toBe(before);
  });

  it('an expired invitation: a page saying so, nothing created', async () => {
    const server = await ssoServer();
    const invited = await server.call(
      'POST',
      '/api/v1/workspaces/acme-support/invitations',
      { email: 'vera@acme.test', role: 'viewer' },
      { cookie: server.owner.cookie },
    );
    const secret = decodeURIComponent(String(invited.json.link).split('/invite/')[1] ?? '');
    server.clock.now += INVITATION_LIFETIME_MS + 1;
    const before = await server.userCount();
    const { back } = await server.signInThrough(
      'vera@acme.test',
      `?invitation=${encodeURIComponent(secret)}`,
    );
    expect(back.status).toBe(410);
    expect(back.text).toContain('This invitation has expired');
    expect(await server.userCount()).toBe(before);
  });

  it('an answer whose state does not match the sign-in started in this browser is refused', async () => {
    const server = await ssoServer();
    const start = await server.call('GET', '/api/v1/auth/sso/start');
    const answer = await signInAtProvider(start.headers.get('location') ?? '', 'olivia@acme.test');
    answer.searchParams.set('state', 'someone-elses-state');
    const back = await server.call('GET', `${answer.pathname}${answer.search}`, undefined, {
      cookie: pendingCookieOf(start.headers),
    });
    expect(back.status).toBe(400);
    expect(back.text).toContain('its state does not match');
    expect(back.headers.get('set-cookie') ?? '').not.toContain('ratchet_session=');
  });

  it('an answer with no sign-in started in this browser is refused', async () => {
    const server = await ssoServer();
    const start = await server.call('GET', '/api/v1/auth/sso/start');
    const answer = await signInAtProvider(start.headers.get('location') ?? '', 'olivia@acme.test');
    const back = await server.call('GET', `${answer.pathname}${answer.search}`);
    expect(back.status).toBe(400);
    expect(back.text).toContain('was not started in this browser');
  });

  it('an identity token issued with another nonce is refused', async () => {
    const server = await ssoServer();
    const start = await server.call('GET', '/api/v1/auth/sso/start');
    const cookie = pendingCookieOf(start.headers);
    const pending = JSON.parse(
      secretsFor(server.store).open(decodeURIComponent(cookie.slice('ratchet_sso='.length))),
    ) as PendingSignIn;
    // The same request (state, PKCE challenge) but another nonce: what a replayed or
    // injected code from another sign-in would carry.
    const forged = new URL(start.headers.get('location') ?? '');
    forged.searchParams.set('nonce', oidc.randomNonce());
    expect(forged.searchParams.get('state')).toBe(pending.state);
    const answer = await signInAtProvider(forged.href, 'olivia@acme.test');
    const back = await server.call('GET', `${answer.pathname}${answer.search}`, undefined, { cookie });
    expect(back.status).toBe(400);
    expect(back.text).toContain('its nonce does not match');
  });

  it('with password sign-in off, the password form is refused in words and the options say so', async () => {
    const server = await testServer(dialect, { signIn: settings() });
    await server.setupOwner();
    const off = await testServer(dialect, { signIn: settings({ passwordSignIn: false }) });
    await off.setupOwner();
    const options = await off.call('GET', '/api/v1/auth/options');
    expect(options.json).toMatchObject({ passwordSignIn: false });
    const refused = await off.call('POST', '/api/v1/auth/sign-in', {
      email: 'olivia@acme.test',
      password: 'correct horse battery',
    });
    expect(refused.status).toBe(403);
    expect(refused.json.detail).toBe(
      'Password sign-in is turned off on this server. Use "Sign in with Acme Login" on the sign-in page instead.',
    );
    expect(
      (
        await server.call('POST', '/api/v1/auth/sign-in', {
          email: 'olivia@acme.test',
          password: 'correct horse battery',
        })
      ).status,
    ).toBe(200);
  });
});
