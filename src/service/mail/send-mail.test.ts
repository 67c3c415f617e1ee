import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSmtpInbox } from '../../../test/mail/smtp-inbox.js';
import { type TestDialect, testDialects } from '../../../test/store/databases.js';
import type { Workspace } from '../../core/model.js';
import { findMailSettings } from '../../store/mail-settings.repository.js';
import { ValidationError } from '../errors.js';
import { importWorkspace } from '../workspace-import.service.js';
import { resolveWorkspace } from '../workspace-ref.js';
import { renderMail } from './mail-body.js';
import { MailDeliveryError, MailNotConfiguredError } from './mail-errors.js';
import { readMailSettings, saveMailSettings } from './mail-settings.service.js';
import { sendMail } from './send-mail.js';

const workspace: Workspace = {
  name: 'Support',
  freelancer: false,
  people: [{ id: 'ana', name: 'Ana' }],
  teams: [],
  cycles: [],
  kpis: [],
  objectives: [],
  decisions: [],
  initiatives: [],
};

const closers: (() => Promise<void>)[] = [];
// PostgreSQL servers share their key through the setting; SQLite in memory makes its own.
beforeEach(() => {
  vi.stubEnv('RATCHET_SECRET_KEY', 'a test passphrase for sealing SMTP passwords');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const close of closers.splice(0)) await close();
});

async function inbox(options?: Parameters<typeof startSmtpInbox>[0]) {
  const started = await startSmtpInbox(options);
  closers.push(started.close);
  return started;
}

const invitation = {
  to: 'ana@example.com',
  subject: 'You are invited to Support on Ratchet',
  ...renderMail({
    heading: 'Ben invited you to Support',
    paragraphs: ['Support keeps first response time under 4 h & churn below 5%.'],
    action: { label: 'Accept the invitation', url: 'https://ratchet.example.com/invite/abc' },
  }),
};

for (const dialect of testDialects()) {
  describe(`mail on ${dialect.name}`, () => {
    it('goes through RATCHET_SMTP_URL as HTML and plain text from RATCHET_MAIL_FROM', async () => {
      const store = await dialect.open();
      const smtp = await inbox();
      const env = { RATCHET_SMTP_URL: smtp.url, RATCHET_MAIL_FROM: 'Ratchet <ratchet@example.com>' };

      await sendMail(store, invitation, { env });

      const [mail] = await smtp.waitFor(1);
      expect(mail?.from?.value).toEqual([{ name: 'Ratchet', address: 'ratchet@example.com' }]);
      expect(mail?.subject).toBe('You are invited to Support on Ratchet');
      expect(mail?.text).toContain('Accept the invitation: https://ratchet.example.com/invite/abc');
      expect(mail?.html).toContain('under 4 h &amp; churn below 5%');
      expect(mail?.html).toContain('href="https://ratchet.example.com/invite/abc"');
    });

    it("uses the workspace's own SMTP server once an admin sets one, its password sealed", async () => {
      const store = await dialect.open();
      await importWorkspace(store, workspace, { actor: 'test', at: 1 });
      const serverWide = await inbox();
      const own = await inbox({ login: { user: 'support', password: 'p@ss:word' } });
      const env = { RATCHET_SMTP_URL: serverWide.url, RATCHET_MAIL_FROM: 'ratchet@example.com' };

      await saveMailSettings(
        store,
        'support',
        { smtpUrl: own.url, from: 'Support <support@example.com>' },
        {
          actor: 'user:1',
          at: 2,
        },
      );
      const ws = await resolveWorkspace(store.db, 'support');
      await sendMail(store, invitation, { workspaceId: ws.id, env });

      const [mail] = await own.waitFor(1);
      expect(mail?.from?.value).toEqual([{ name: 'Support', address: 'support@example.com' }]);
      expect(serverWide.messages).toEqual([]);
      const row = await findMailSettings(store.db, ws.id);
      expect(row?.smtp_url_sealed).not.toContain('p%40ss');
      expect(await readMailSettings(store, 'support', env)).toEqual({
        source: 'workspace',
        smtpUrl: `smtp://support:***@127.0.0.1:${own.port}`,
        from: 'Support <support@example.com>',
        passwordSet: true,
      });
    });

    it('names the field an admin got wrong', async () => {
      const store = await dialect.open();
      await importWorkspace(store, workspace, { actor: 'test', at: 1 });

      const saving = saveMailSettings(
        store,
        'support',
        { smtpUrl: 'mail.example.com:587', from: 'nobody' },
        {
          actor: 'user:1',
          at: 2,
        },
      );

      await expect(saving).rejects.toBeInstanceOf(ValidationError);
      await expect(saving).rejects.toThrow(
        /smtpUrl: expected smtp:\/\/user:password@host:587[\s\S]*from: expected an address/,
      );
    });
  });
}

describe('a mail that cannot go', () => {
  const sqlite = testDialects()[0] as TestDialect;
  it('says how to set email up when no SMTP server is configured', async () => {
    const store = await sqlite.open();
    await expect(sendMail(store, invitation, { env: {} })).rejects.toBeInstanceOf(MailNotConfiguredError);
    await expect(sendMail(store, invitation, { env: {} })).rejects.toThrow(/set RATCHET_SMTP_URL/);
  });

  it('reports a refused login as retryable and names the setting to fix, without the password', async () => {
    const store = await sqlite.open();
    const smtp = await inbox({ login: { user: 'ratchet', password: 'right' } });
    const url = `smtp://ratchet:wrong@127.0.0.1:${smtp.port}`;

    const error = await sendMail(store, invitation, { env: { RATCHET_SMTP_URL: url } }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(MailDeliveryError);
    expect((error as MailDeliveryError).retryable).toBe(true);
    expect((error as Error).message).toMatch(
      /refused the login .*Check the user name and password in RATCHET_SMTP_URL/,
    );
    expect((error as Error).message).not.toContain('wrong');
  });

  it('reports an unreachable server as retryable', async () => {
    const store = await sqlite.open();
    const smtp = await inbox();
    await smtp.close();
    closers.pop();

    const error = await sendMail(store, invitation, { env: { RATCHET_SMTP_URL: smtp.url } }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(MailDeliveryError);
    expect((error as MailDeliveryError).retryable).toBe(true);
    expect((error as Error).message).toMatch(/Cannot send mail through smtp:\/\/ratchet:\*\*\*@127\.0\.0\.1/);
  });
});
