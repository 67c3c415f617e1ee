import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/service/notify/webhook-signature.js';
import { type ServeProcess, startServe } from '../support/serve-process.js';
import { type Receiver, startReceiver } from './http-receiver.js';

/**
 * A real `ratchet serve` on SQLite, killed with SIGKILL while a webhook waits for its
 * retry, then started again on the same database: the message goes out after the
 * restart, once, with the id it had before.
 */
const SERVE_ENV = { RATCHET_ALLOW_PRIVATE_WEBHOOKS: '1', RATCHET_DELIVERY_RETRY_SECONDS: '2' };

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a server killed while a webhook waits for its retry', () => {
  let dir: string;
  let receiver: Receiver;
  let server: ServeProcess | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ratchet-restart-'));
    receiver = await startReceiver();
  });
  afterAll(async () => {
    if (server && server.process.exitCode === null) {
      const exited = new Promise((resolve) => server?.process.once('exit', resolve));
      server.process.kill('SIGTERM');
      await exited;
    }
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('delivers it after the restart, exactly once', async () => {
    const db = `sqlite:${join(dir, 'ratchet.db')}`;
    server = await startServe(db, SERVE_ENV);
    const base = server.url;
    const setup = await fetch(`${base}/api/v1/setup`, {
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
    const get = async (url: string, path: string) => {
      const response = await fetch(`${url}/api/v1/workspaces/acme-support${path}`, { headers: { cookie } });
      return (await response.json()) as Record<string, unknown>;
    };
    const post = (path: string, body: unknown) =>
      fetch(`${base}/api/v1/workspaces/acme-support${path}`, {
        method: 'POST',
        headers: { cookie, origin: base, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    const webhook = await post('/webhooks', { url: receiver.url('/hook'), events: ['objective.created'] });
    expect(webhook.status).toBe(201);
    const { id, secret } = (await webhook.json()) as { id: string; secret: string };
    receiver.answer = 500;
    const today = new Date().toISOString().slice(0, 10);
    const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect((await post('/cycles', { id: 'now', start: today, end: later })).status).toBe(201);
    // The write succeeds however the receiver fares.
    expect(
      (await post('/objectives', { id: 'faster', title: 'Answer customers faster', cycle: 'now' })).status,
    ).toBe(201);
    await until(() => receiver.received.length === 1, 'the first attempt');

    server.process.kill('SIGKILL');
    await new Promise((resolve) => server?.process.once('exit', resolve));
    receiver.answer = 200;
    server = await startServe(db, SERVE_ENV);

    await until(() => receiver.received.length === 2, 'the retry after the restart');
    // Long enough for a duplicate to show: the retry base is 2 s.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(receiver.received.map((r) => r.status)).toEqual([500, 200]);
    const [failed, sent] = receiver.received;
    expect(sent?.headers['webhook-id']).toBe(failed?.headers['webhook-id']);
    expect(
      verifyWebhook(
        secret,
        {
          id: String(sent?.headers['webhook-id']),
          timestamp: String(sent?.headers['webhook-timestamp']),
          signature: String(sent?.headers['webhook-signature']),
        },
        sent?.body ?? '',
      ),
    ).toBe(true);
    expect(JSON.parse(sent?.body ?? '{}')).toMatchObject({
      type: 'objective.created',
      workspace: 'acme-support',
      data: { objective: { id: 'faster' } },
    });
    const log = await get(server.url, `/webhooks/${id}/deliveries`);
    expect((log.attempts as { outcome: string }[]).map((a) => a.outcome)).toEqual(['sent', 'failed']);
  }, 240_000);
});
