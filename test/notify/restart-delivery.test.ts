import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/service/notify/webhook-signature.js';
import { type ServeProcess, startServe } from '../support/serve-process.js';
import { type Receiver, startReceiver } from './http-receiver.js';

/**
 * A real `ratchet serve`, killed with SIGKILL while a webhook is owed, then started again
 * on the same database: the message goes out promptly after the restart, once, with the
 * id it had before. Twice per database: killed while the message waits for its retry, and
 * killed in the middle of an attempt (the receiver holds the request, so the server never
 * learns how it went). PostgreSQL runs when RATCHET_TEST_PG is set, as the other PG tests.
 */
const SERVE_ENV = {
  RATCHET_ALLOW_PRIVATE_WEBHOOKS: '1',
  RATCHET_DELIVERY_RETRY_SECONDS: '2',
  RATCHET_SECRET_KEY: 'a restarted server opens what it sealed',
};
/** How soon after the restarted server listens the retry must arrive. */
const PROMPT_MS = 10_000;

interface Database {
  readonly url: string;
  readonly drop: () => Promise<void>;
}

async function sqliteDatabase(): Promise<Database> {
  const dir = mkdtempSync(join(tmpdir(), 'ratchet-restart-'));
  return { url: `sqlite:${join(dir, 'ratchet.db')}`, drop: async () => rmSync(dir, { recursive: true }) };
}

/** A database of its own (not a schema), since pg-boss keeps its queues in a fixed schema. */
async function postgresDatabase(): Promise<Database> {
  const admin = process.env.RATCHET_TEST_PG ?? '';
  const name = `ratchet_restart_${randomBytes(4).toString('hex')}`;
  const run = async (text: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(text);
    await client.end();
  };
  await run(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function kill(server: ServeProcess, signal: NodeJS.Signals): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode !== null) return;
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  server.process.kill(signal);
  await exited;
}

/** A workspace with one webhook on `objective.created`, and a way to cause that event. */
async function workspaceWithWebhook(server: ServeProcess, receiver: Receiver) {
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
  const post = (path: string, body: unknown) =>
    fetch(`${base}/api/v1/workspaces/acme-support${path}`, {
      method: 'POST',
      headers: { cookie, origin: base, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const webhook = await post('/webhooks', { url: receiver.url('/hook'), events: ['objective.created'] });
  expect(webhook.status).toBe(201);
  const { id, secret } = (await webhook.json()) as { id: string; secret: string };
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  expect((await post('/cycles', { id: 'now', start: today, end: later })).status).toBe(201);
  return {
    secret,
    /** The write succeeds however the receiver fares. */
    createObjective: async () =>
      expect(
        (await post('/objectives', { id: 'faster', title: 'Answer customers faster', cycle: 'now' })).status,
      ).toBe(201),
    /** The webhook's delivery log, newest first, asked of whichever server runs now. */
    log: async (url: string) => {
      const response = await fetch(`${url}/api/v1/workspaces/acme-support/webhooks/${id}/deliveries`, {
        headers: { cookie },
      });
      return ((await response.json()) as { attempts: { outcome: string; attempt: number }[] }).attempts;
    },
  };
}

function expectSignedObjective(secret: string, sent: Receiver['received'][number] | undefined): void {
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
}

const databases = [
  { name: 'SQLite', make: sqliteDatabase },
  ...(process.env.RATCHET_TEST_PG ? [{ name: 'PostgreSQL', make: postgresDatabase }] : []),
];

for (const database of databases) {
  describe(`a ${database.name} server killed while it owes a webhook`, () => {
    let db: Database | undefined;
    let receiver: Receiver | undefined;
    let server: ServeProcess | undefined;

    afterEach(async () => {
      if (server) await kill(server, 'SIGTERM');
      await receiver?.close();
      await db?.drop();
      server = undefined;
      receiver = undefined;
      db = undefined;
    }, 60_000);

    it('sends it after the restart, once, when killed while it waited for its retry', async () => {
      db = await database.make();
      receiver = await startReceiver();
      server = await startServe(db.url, SERVE_ENV);
      const hook = await workspaceWithWebhook(server, receiver);
      receiver.answer = 500;
      await hook.createObjective();
      const first = server.url;
      await until(async () => (await hook.log(first)).length === 1, 'the failed first attempt in the log');

      await kill(server, 'SIGKILL');
      receiver.answer = 200;
      server = await startServe(db.url, SERVE_ENV);
      const back = Date.now();

      await until(() => receiver?.received.length === 2, 'the retry after the restart', PROMPT_MS);
      console.info(`${database.name}, killed while waiting: retried ${Date.now() - back} ms after restart`);
      // Long enough for a duplicate to show: the retry base is 2 s.
      await new Promise((resolve) => setTimeout(resolve, 4000));
      expect(receiver.received.map((r) => r.status)).toEqual([500, 200]);
      const [failed, sent] = receiver.received;
      expect(sent?.headers['webhook-id']).toBe(failed?.headers['webhook-id']);
      expectSignedObjective(hook.secret, sent);
      expect((await hook.log(server.url)).map((a) => a.outcome)).toEqual(['sent', 'failed']);
    }, 240_000);

    it('tries again as soon as it is back, once, when killed in the middle of an attempt', async () => {
      db = await database.make();
      receiver = await startReceiver();
      server = await startServe(db.url, SERVE_ENV);
      const hook = await workspaceWithWebhook(server, receiver);
      receiver.hold = true;
      await hook.createObjective();
      await until(() => receiver?.received.length === 1, 'the first attempt to arrive');

      await kill(server, 'SIGKILL');
      receiver.hold = false;
      server = await startServe(db.url, SERVE_ENV);
      const back = Date.now();

      await until(() => receiver?.received.length === 2, 'the attempt after the restart', PROMPT_MS);
      console.info(`${database.name}, killed mid-attempt: retried ${Date.now() - back} ms after restart`);
      await new Promise((resolve) => setTimeout(resolve, 4000));
      expect(receiver.received).toHaveLength(2);
      const [interrupted, sent] = receiver.received;
      expect(sent?.headers['webhook-id']).toBe(interrupted?.headers['webhook-id']);
      expectSignedObjective(hook.secret, sent);
      // Nobody learnt how the interrupted attempt went: the log holds the one that did.
      expect(await hook.log(server.url)).toMatchObject([{ outcome: 'sent', attempt: 1 }]);
    }, 240_000);
  });
}
