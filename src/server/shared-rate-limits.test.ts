import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { createApp } from './app.js';
import { createSharedRateLimiter } from './middleware/rate-limiter.js';
import { ORIGIN, START, testServer } from './test-support/harness.js';

/**
 * Several servers on one database count the same attempts: here two app instances (each
 * with its own memory) over one store. The two-processes-on-PostgreSQL test does the same
 * across real `ratchet serve` processes.
 */
describe.each(testDialects())('rate limits shared through the database on $name', (dialect) => {
  it('sign-in attempts split across two servers hit the limit together', async () => {
    const first = await testServer(dialect, { rateLimits: { signInPerEmail: 4 } });
    await first.setupOwner();
    const second = createApp({ ...first.deps });
    const attempt = (app: { request: typeof second.request }, password: string) =>
      app.request(`${ORIGIN}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'olivia@acme.test', password }),
      });
    expect((await attempt(first.app, 'guess one')).status).toBe(401);
    expect((await attempt(second, 'guess two')).status).toBe(401);
    expect((await attempt(first.app, 'guess three')).status).toBe(401);
    expect((await attempt(second, 'guess four')).status).toBe(401);
    // Each server saw two attempts only, yet the fifth is refused on either.
    const blocked = await attempt(first.app, 'correct horse battery');
    expect(blocked.status).toBe(429);
    expect((await attempt(second, 'correct horse battery')).status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBe(15 * 60);
  });

  it('counts each hit once when servers hit at the same moment, and a new window starts afresh', async () => {
    const store = await dialect.open();
    const clock = { now: START };
    const options = { limit: 10, windowMs: 60_000, now: () => clock.now };
    const servers = [
      createSharedRateLimiter(store, 'test', options),
      createSharedRateLimiter(store, 'test', options),
    ];
    const verdicts = await Promise.all(
      Array.from({ length: 12 }, (_, i) => servers[i % 2]?.hit('caller') ?? Promise.reject()),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(10);
    clock.now += 60_000;
    expect(await servers[0]?.hit('caller')).toEqual({ allowed: true, retryAfterSeconds: 0 });
    await servers[1]?.reset('caller');
    const rows = await store.db.selectFrom('rate_limit_windows').selectAll().execute();
    expect(rows).toEqual([]);
  });
});
