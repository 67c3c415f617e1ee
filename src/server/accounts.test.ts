import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { sessionCookieOf, testServer } from './test-support/harness.js';

describe.each(testDialects())('accounts over HTTP on $name', (dialect) => {
  it('first-run setup is needed, creates the owner and workspace, signs in, then is refused', async () => {
    const server = await testServer(dialect);
    expect((await server.call('GET', '/api/v1/setup')).json).toEqual({ needed: true });
    const { cookie } = await server.setupOwner();
    expect((await server.call('GET', '/api/v1/setup')).json).toEqual({ needed: false });

    const me = await server.call('GET', '/api/v1/me', undefined, { cookie });
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({
      user: { email: 'olivia@acme.test', name: 'Olivia Owner' },
      workspaces: [{ slug: 'acme-support', name: 'Acme Support', role: 'owner', freelancer: false }],
    });

    const again = await server.call('POST', '/api/v1/setup', {
      workspaceName: 'Takeover',
      freelancer: true,
      name: 'Mallory',
      email: 'mallory@evil.test',
      password: 'long enough password',
    });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toBe('application/problem+json');
  });

  it('sets an HttpOnly SameSite=Lax session cookie, not Secure over plain http', async () => {
    const server = await testServer(dialect);
    const response = await server.call('POST', '/api/v1/setup', {
      workspaceName: 'Solo',
      freelancer: true,
      name: 'Fay',
      email: 'fay@solo.test',
      password: 'correct horse battery',
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('a short password or a bad email is a 422 naming each field', async () => {
    const server = await testServer(dialect);
    const response = await server.call('POST', '/api/v1/setup', {
      workspaceName: 'Acme',
      freelancer: false,
      name: 'Olivia',
      email: 'not-an-email',
      password: 'short',
    });
    expect(response.status).toBe(422);
    const paths = (response.json.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['body.email', 'body.password']);
    expect((await server.call('GET', '/api/v1/setup')).json).toEqual({ needed: true });
  });

  it('signs in with the right password only, and sign-out revokes the session on the server', async () => {
    const server = await testServer(dialect);
    await server.setupOwner();
    const wrong = await server.call('POST', '/api/v1/auth/sign-in', {
      email: 'olivia@acme.test',
      password: 'wrong password here',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const cookie = await server.signInAs('OLIVIA@acme.test');
    expect((await server.call('GET', '/api/v1/me', undefined, { cookie })).status).toBe(200);
    expect((await server.call('POST', '/api/v1/auth/sign-out', undefined, { cookie })).status).toBe(204);
    // The old cookie value is dead even if a client keeps sending it.
    expect((await server.call('GET', '/api/v1/me', undefined, { cookie })).status).toBe(401);
  });

  it('sessions expire after 30 days without use', async () => {
    const server = await testServer(dialect);
    const { cookie } = await server.setupOwner();
    server.clock.now += 31 * 24 * 60 * 60 * 1000;
    expect((await server.call('GET', '/api/v1/me', undefined, { cookie })).status).toBe(401);
  });

  it('limits sign-in attempts per address and email with 429 and Retry-After', async () => {
    const server = await testServer(dialect, { rateLimits: { signInPerEmail: 3 } });
    await server.setupOwner();
    for (let i = 0; i < 3; i++) {
      const attempt = await server.call('POST', '/api/v1/auth/sign-in', {
        email: 'olivia@acme.test',
        password: 'guess',
      });
      expect(attempt.status).toBe(401);
    }
    const blocked = await server.call('POST', '/api/v1/auth/sign-in', {
      email: 'olivia@acme.test',
      password: 'correct horse battery',
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    server.clock.now += 16 * 60 * 1000;
    expect(
      sessionCookieOf(
        (
          await server.call('POST', '/api/v1/auth/sign-in', {
            email: 'olivia@acme.test',
            password: 'correct horse battery',
          })
        ).headers,
      ),
    ).toMatch(/^ratchet_session=rs_/);
  });

  it('refuses a cookie-authenticated write without a same-origin Origin (CSRF)', async () => {
    const server = await testServer(dialect);
    const { cookie, slug } = await server.setupOwner();
    const body = { name: 'warehouse', scopes: ['ingest'] };
    const crossSite = await server.call('POST', `/api/v1/workspaces/${slug}/tokens`, body, {
      cookie,
      origin: 'https://evil.test',
    });
    expect(crossSite.status).toBe(403);
    const noOrigin = await server.call('POST', `/api/v1/workspaces/${slug}/tokens`, body, {
      cookie,
      origin: null,
    });
    expect(noOrigin.status).toBe(403);
    const list = await server.call('GET', `/api/v1/workspaces/${slug}/tokens`, undefined, { cookie });
    expect(list.json).toEqual({ items: [] });
  });
});
