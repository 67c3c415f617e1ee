import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServeProcess, startServe } from '../support/serve-process.js';

/**
 * Two real `ratchet serve` processes on one throw-away PostgreSQL database, started at
 * the same moment on an empty database (both must migrate safely and come up), then
 * used as one: a session made on one works on the other, and a write through one reaches
 * the other's event stream within a second and its dashboard at once; sign-in attempts on
 * both count towards one limit.
 */
const pgUrl = process.env.RATCHET_TEST_PG;
const SERVE_ENV = { RATCHET_SECRET_KEY: 'two servers share one secret key' };

describe.skipIf(!pgUrl)('two ratchet serve processes on one PostgreSQL', () => {
  const name = `ratchet_multi_${randomBytes(4).toString('hex')}`;
  let servers: ServeProcess[] = [];

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(pgUrl ?? '');
    url.pathname = `/${name}`;
    // Both at once on an empty database: one migrates and installs the job queue under the
    // schema lock, the other waits for it. Neither may die (no retry here).
    servers = await Promise.all([
      startServe(url.toString(), SERVE_ENV),
      startServe(url.toString(), SERVE_ENV),
    ]);
  }, 180_000);

  afterAll(async () => {
    for (const server of servers) {
      const exited = new Promise((resolve) => server.process.once('exit', resolve));
      server.process.kill('SIGTERM');
      await exited;
    }
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }, 60_000);

  it('both came up; a session from one works on the other; a write through one reaches the other at once', async () => {
    const [a, b] = servers;
    if (!a || !b) throw new Error('servers did not start');
    const setup = await fetch(`${a.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        workspaceName: 'Acme Support',
        freelancer: false,
        name: 'Olivia Owner',
        email: 'olivia@acme.test',
        password: 'correct horse battery',
      }),
    });
    expect(setup.status).toBe(201);
    const cookie = /ratchet_session=[^;]+/.exec(setup.headers.get('set-cookie') ?? '')?.[0] ?? '';
    const me = await fetch(`${b.url}/api/v1/me`, { headers: { cookie } });
    expect(me.status).toBe(200);

    // Server B's dashboard is cached before the write; it must not stay stale.
    const before = await fetch(`${b.url}/api/v1/workspaces/acme-support/dashboard`, { headers: { cookie } });
    expect(((await before.json()) as { kpis: unknown[] }).kpis).toEqual([]);

    const controller = new AbortController();
    const stream = await fetch(`${b.url}/api/v1/workspaces/acme-support/events`, {
      headers: { cookie },
      signal: controller.signal,
    });
    const reader = stream.body?.getReader();
    if (!reader) throw new Error('no event stream');
    const decoder = new TextDecoder();
    let received = '';
    const heard = (pattern: RegExp) =>
      (async () => {
        while (!pattern.test(received)) {
          const { value, done } = await reader.read();
          if (done) break;
          received += decoder.decode(value);
        }
        return pattern.test(received);
      })();
    expect(await heard(/event: ready/)).toBe(true);

    const startedAt = Date.now();
    const waiting = heard(/"entity":"kpi","id":"first-response-time"/);
    const created = await fetch(`${a.url}/api/v1/workspaces/acme-support/kpis`, {
      method: 'POST',
      headers: { cookie, origin: a.url, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'first-response-time', name: 'First response time', cadence: 'weekly' }),
    });
    expect(created.status).toBe(201);
    expect(await waiting).toBe(true);
    expect(Date.now() - startedAt).toBeLessThan(1_000);
    controller.abort();

    const after = await fetch(`${b.url}/api/v1/workspaces/acme-support/dashboard`, { headers: { cookie } });
    const kpis = ((await after.json()) as { kpis: { id: string }[] }).kpis;
    expect(kpis.map((k) => k.id)).toEqual(['first-response-time']);
  }, 60_000);

  it('sign-in attempts split across the two servers hit the one limit (10 per address and email)', async () => {
    const [a, b] = servers;
    if (!a || !b) throw new Error('servers did not start');
    const attempt = (server: ServeProcess, password: string) =>
      fetch(`${server.url}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'olivia@acme.test', password }),
      });
    for (let i = 0; i < 10; i++) {
      expect((await attempt(i % 2 === 0 ? a : b, `guess ${i}`)).status).toBe(401);
    }
    expect((await attempt(a, 'correct horse battery')).status).toBe(429);
    expect((await attempt(b, 'correct horse battery')).status).toBe(429);
  }, 60_000);
});
