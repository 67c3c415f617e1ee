import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startIdentityProvider, type TestIdentityProvider } from '../test/sso/oidc-test-provider.js';
import { expect, test } from './fixtures.js';
import { IdentityProviderPage } from './pages/identity-provider-page.js';

/**
 * Single sign-on end to end in Chromium: a real OpenID provider (oidc-provider) and a
 * Ratchet server of its own configured for it. The owner signs in through the provider's
 * pages; an invited colleague joins through them; someone unverified is told why not.
 */
const owner = { name: 'Olivia Owner', email: 'olivia@acme.test', password: 'correct horse battery' };
let idp: TestIdentityProvider;
let server: ChildProcess;
let base = '';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

test.beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  idp = await startIdentityProvider(
    [
      { email: owner.email, name: owner.name, emailVerified: true },
      { email: 'vera@acme.test', name: 'Vera Verified', emailVerified: true },
      { email: 'uma@acme.test', name: 'Uma Unverified', emailVerified: false },
    ],
    [`${base}/api/v1/auth/sso/callback`],
  );
  const [command = 'node', ...args] = (process.env.RATCHET_E2E_RATCHET ?? 'node bin/ratchet.js').split(' ');
  const db = join(tmpdir(), `ratchet-e2e-sso-${process.pid}-${Date.now()}.db`);
  server = spawn(command, [...args, 'serve', '--port', String(port), '--db', `sqlite:${db}`], {
    env: {
      ...process.env,
      RATCHET_OIDC_ISSUER: idp.issuer,
      RATCHET_OIDC_CLIENT_ID: idp.clientId,
      RATCHET_OIDC_CLIENT_SECRET: idp.clientSecret,
      RATCHET_OIDC_NAME: 'Acme Login',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening on')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`ratchet serve exited with ${code}`)));
  });
  const setup = await fetch(`${base}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ workspaceName: 'Acme Support', freelancer: false, ...owner }),
  });
  expect(setup.status).toBe(201);
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  await idp?.close();
});

test('the owner signs in with the identity provider, invites Vera, who joins through it too', async ({
  page,
  browser,
  allowErrors,
}) => {
  // The provider's dev pages load a web font from the internet, which this machine may not reach.
  allowErrors(/fonts\.googleapis\.com|ERR_|Failed to load resource/);
  await page.goto(`${base}/sign-in`);
  await page.getByRole('link', { name: 'Sign in with Acme Login' }).click();
  await new IdentityProviderPage(page).signInAndConsent(owner.email);
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Support' })).toBeVisible();

  const origin = base;
  const invited = await page.request.post(`${base}/api/v1/workspaces/acme-support/invitations`, {
    data: { email: 'vera@acme.test', role: 'editor' },
    headers: { origin },
  });
  expect(invited.status()).toBe(201);
  const link = String((await invited.json()).link);

  const context = await browser.newContext();
  const vera = await context.newPage();
  await vera.goto(link);
  await vera.getByRole('link', { name: 'Join with Acme Login' }).click();
  await new IdentityProviderPage(vera).signInAndConsent('vera@acme.test');
  await expect(vera.getByRole('heading', { level: 1, name: 'Acme Support' })).toBeVisible();
  const me = await (await vera.request.get(`${base}/api/v1/me`)).json();
  expect(me).toMatchObject({ user: { name: 'Vera Verified' }, workspaces: [{ role: 'editor' }] });
  await context.close();
});

test('an email the provider has not verified gets a page saying so, and no account', async ({
  page,
  allowErrors,
}) => {
  allowErrors(/fonts\.googleapis\.com|ERR_|Failed to load resource/);
  // The refusal page answers 403 on purpose; the hint set on the way out costs one 401 of /me.
  allowErrors(/HTTP 403 GET .*\/auth\/sso\/callback|HTTP 401 GET .*\/api\/v1\/me/);
  await page.goto(`${base}/sign-in`);
  await page.getByRole('link', { name: 'Sign in with Acme Login' }).click();
  await new IdentityProviderPage(page).signInAndConsent('uma@acme.test');
  await expect(page.getByRole('heading', { name: 'Single sign-on did not sign you in' })).toBeVisible();
  await expect(page.getByText('Acme Login has not verified the email address uma@acme.test')).toBeVisible();
  await page.getByRole('link', { name: 'Back to sign-in' }).click();
  await expect(page.getByRole('link', { name: 'Sign in with Acme Login' })).toBeVisible();
});
