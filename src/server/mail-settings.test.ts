import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpInbox, startSmtpInbox } from '../../test/mail/smtp-inbox.js';
import { testDialects } from '../../test/store/databases.js';
import { sendMail } from '../service/mail/send-mail.js';
import { resolveWorkspace } from '../service/workspace-ref.js';
import { testServer } from './test-support/harness.js';

const ws = '/api/v1/workspaces/acme-support';
// On PostgreSQL secrets need the shared key (docs/notifications.md); SQLite makes a key file.
process.env.RATCHET_SECRET_KEY ??= 'a'.repeat(64);

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox({ login: { user: 'acme', password: 's3cret' } });
});
afterAll(async () => {
  await inbox.close();
});

describe.each(testDialects())('a workspace’s own SMTP server over HTTP on $name', (dialect) => {
  it('an admin sets it, mail goes through it, the password is never shown, and removing it falls back', async () => {
    const server = await testServer(dialect);
    const { cookie } = await server.setupOwner();
    const call = (method: string, body?: unknown, who = cookie) =>
      server.call(method, `${ws}/mail`, body, { cookie: who });

    const saved = await call('PUT', { smtpUrl: inbox.url, from: 'Acme <ratchet@acme.test>' });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({
      source: 'workspace',
      from: 'Acme <ratchet@acme.test>',
      passwordSet: true,
    });
    expect(saved.text).not.toContain('s3cret');
    expect((await call('GET')).text).not.toContain('s3cret');

    const row = await resolveWorkspace(server.store.db, 'acme-support');
    await sendMail(
      server.store,
      { to: 'olivia@acme.test', subject: 'Through the workspace', text: 'hi', html: '<p>hi</p>' },
      // The workspace's server takes precedence over any the environment names.
      { workspaceId: row.id, env: { ...process.env, RATCHET_SMTP_URL: 'smtp://nobody:x@127.0.0.1:1' } },
    );
    const [mail] = await inbox.waitFor(1);
    expect(mail?.subject).toBe('Through the workspace');
    expect(mail?.from?.text).toContain('ratchet@acme.test');

    const bad = await call('PUT', { smtpUrl: 'http://mail.example.com', from: 'nobody' });
    expect(bad.status).toBe(422);
    expect((bad.json.errors as { path: string }[]).map((e) => e.path)).toEqual(['body.smtpUrl', 'body.from']);

    const editor = await server.member('editor', 'acme-support');
    expect((await call('GET', undefined, editor)).status).toBe(403);
    expect((await call('PUT', { smtpUrl: inbox.url, from: 'x@acme.test' }, editor)).status).toBe(403);

    expect((await call('DELETE')).status).toBe(204);
    expect((await call('GET')).json).toMatchObject({
      source: process.env.RATCHET_SMTP_URL ? 'environment' : 'none',
    });
  });
});
