import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { startServer } from './start-server.js';
import { testServer } from './test-support/harness.js';

/** Issue 13, defect 10: what a client can forge behind a proxy, and how an oversized body ends. */
describe.each(testDialects())('behind a reverse proxy on $name', (dialect) => {
  it('counts sign-in attempts by the address the proxy saw (the rightmost X-Forwarded-For entry)', async () => {
    const server = await testServer(dialect, { trustProxy: true, rateLimits: { signInPerIp: 3 } });
    await server.setupOwner();
    const attempt = (forged: string) =>
      server.call(
        'POST',
        '/api/v1/auth/sign-in',
        { email: `guess-${forged}@acme.test`, password: 'wrong password' },
        {},
        { 'x-forwarded-for': `${forged}, 203.0.113.7` },
      );
    const statuses: number[] = [];
    for (const forged of ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'])
      statuses.push((await attempt(forged)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    // Another client behind the same proxy still gets in line.
    const other = await server.call(
      'POST',
      '/api/v1/auth/sign-in',
      { email: 'olivia@acme.test', password: 'correct horse battery' },
      {},
      { 'x-forwarded-for': '203.0.113.8' },
    );
    expect(other.status).toBe(200);
  });
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a request body over the limit', () => {
  it('is answered 413 with Connection: close, and the connection really closes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ratchet-413-'));
    dirs.push(dir);
    const server = await startServer({
      databaseUrl: `sqlite:${join(dir, 'ratchet.db')}`,
      port: 0,
      host: '127.0.0.1',
      trustProxy: false,
      logger: pino({ level: 'silent' }),
    });
    try {
      const body = JSON.stringify({ name: 'x'.repeat(300 * 1024) });
      const answer = await new Promise<{ status: number; connection: string | undefined; closed: boolean }>(
        (resolve, reject) => {
          const req = request(
            `${server.url}/api/v1/auth/sign-in`,
            {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
              agent: new Agent({ keepAlive: true }),
            },
            (res) => {
              res.resume();
              res.on('end', () => {
                const socket = res.socket;
                const status = res.statusCode ?? 0;
                const connection = res.headers.connection;
                if (socket.destroyed) resolve({ status, connection, closed: true });
                else socket.once('close', () => resolve({ status, connection, closed: true }));
              });
            },
          );
          req.on('error', reject);
          req.end(body);
        },
      );
      expect(answer).toEqual({ status: 413, connection: 'close', closed: true });
    } finally {
      await server.stop();
    }
  });
});
