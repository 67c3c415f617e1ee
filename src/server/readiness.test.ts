import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { startServe } from '../../test/support/serve-process.js';
import { testServer } from './test-support/harness.js';

describe('readiness: /readyz for the load balancer, /healthz for the supervisor', () => {
  it('503 while starting and while draining, 200 when ready; /healthz answers 200 throughout', async () => {
    const [sqlite] = testDialects();
    if (!sqlite) throw new Error('no SQLite');
    const server = await testServer(sqlite);
    const ready = async () => {
      const response = await server.call('GET', '/readyz');
      return [response.status, response.json.status];
    };
    server.deps.lifecycle.starting = true;
    expect(await ready()).toEqual([503, 'starting']);
    expect((await server.call('GET', '/healthz')).status).toBe(200);
    server.deps.lifecycle.starting = false;
    expect(await ready()).toEqual([200, 'ready']);
    server.deps.lifecycle.draining = true;
    expect(await ready()).toEqual([503, 'draining']);
    expect((await server.call('GET', '/healthz')).status).toBe(200);
  });

  it('on SIGTERM a real server answers 503 at once, finishes the request in flight, then exits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ratchet-readyz-'));
    const server = await startServe(`sqlite:${join(dir, 'r.db')}`, {}, ['--drain-delay', '2']);
    const child = server.process;
    const url = server.url;
    try {
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect((await fetch(`${url}/readyz`)).status).toBe(200);

      // A request in flight: headers and half its body sent before the signal.
      const body = JSON.stringify({ email: 'nobody@acme.test', password: 'a wrong password' });
      const inFlight = request(`${url}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      const answered = new Promise<number>((resolve, reject) => {
        inFlight.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        inFlight.on('error', reject);
      });
      inFlight.write(body.slice(0, 10));
      await new Promise((resolve) => setTimeout(resolve, 200));

      child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const readyz = await fetch(`${url}/readyz`, { headers: { connection: 'close' } });
      expect([readyz.status, ((await readyz.json()) as { status: string }).status]).toEqual([
        503,
        'draining',
      ]);
      expect((await fetch(`${url}/healthz`, { headers: { connection: 'close' } })).status).toBe(200);

      inFlight.end(body.slice(10));
      expect(await answered).toBe(401);
      expect(await exited).toBe(0);
      expect(server.output()).toContain('Stopped.');
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
