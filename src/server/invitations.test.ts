import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSmtpInbox } from '../../test/mail/smtp-inbox.js';
import { testDialects } from '../../test/store/databases.js';
import { INVITATION_LIFETIME_MS } from '../service/accounts/invitation.service.js';
import { type CommittedChange, changeFeed } from '../service/write/change-feed.js';
import { sessionCookieOf, testServer } from './test-support/harness.js';

const secretOf = (link: unknown) => decodeURIComponent(String(link).split('/invite/')[1] ?? '');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe.each(testDialects())('invitations over HTTP on $name', (dialect) => {
  it('emails the link when the server has SMTP, and says so', async () => {
    const inbox = await startSmtpInbox();
    try {
      vi.stubEnv('RATCHET_SMTP_URL', inbox.url);
      vi.stubEnv('RATCHET_MAIL_FROM', 'Ratchet <ratchet@acme.test>');
      const server = await testServer(dialect);
      const { cookie } = await server.setupOwner();
      const invited = await server.call(
        'POST',
        '/api/v1/workspaces/acme-support/invitations',
        { email: 'mia@acme.test', role: 'viewer' },
        { cookie },
      );
      expect(invited.json.emailed).toBe(true);
      const [mail] = await inbox.waitFor(1);
      expect(mail?.subject).toBe('Join Acme Support on Ratchet');
      expect(mail?.text).toContain(String(invited.json.link));
      expect(mail?.text).toContain('Olivia Owner invited you to Acme Support as viewer.');
    } finally {
      await inbox.close();
    }
  });

  it('an admin invites an editor, who accepts once with a name and password and is signed in', async () => {
    const server = await testServer(dialect);
    const { cookie } = await server.setupOwner();
    const admin = await server.member('admin', 'acme-support');
    const invited = await server.call(
      'POST',
      '/api/v1/workspaces/acme-support/invitations',
      { email: 'Eve@Acme.test', role: 'editor' },
      { cookie: admin },
    );
    expect(invited.status).toBe(201);
    expect(invited.json).toMatchObject({
      invitation: { email: 'eve@acme.test', role: 'editor', expired: false },
      emailed: false,
    });
    const link = String(invited.json.link);
    expect(link).toMatch(/^http:\/\/ratchet\.test\/invite\/ri_/);
    // Only a hash is kept: the secret itself is nowhere in the database.
    const stored = await server.db.selectFrom('invitations').select('token_hash').execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(secretOf(link));

    const token = encodeURIComponent(secretOf(link));
    const view = await server.call('GET', `/api/v1/invitations/${token}`);
    expect(view.json).toMatchObject({
      workspace: { name: 'Acme Support' },
      email: 'eve@acme.test',
      role: 'editor',
      hasAccount: false,
    });

    const pending = await server.call('GET', '/api/v1/workspaces/acme-support/invitations', undefined, {
      cookie,
    });
    expect((pending.json.items as unknown[]).length).toBe(1);

    const heard: CommittedChange[] = [];
    const unsubscribe = changeFeed(server.store).subscribe((change) => heard.push(change));
    const accepted = await server.call('POST', `/api/v1/invitations/${token}/accept`, {
      name: 'Eve Editor',
      password: 'correct horse battery',
    });
    unsubscribe();
    expect(accepted.status).toBe(200);
    // Pages open elsewhere hear of the new person and refresh their people list.
    expect(heard.flatMap((c) => c.records)).toContainEqual({ entity: 'person', id: 'eve-editor' });
    const eve = sessionCookieOf(accepted.headers);
    const me = await server.call('GET', '/api/v1/me', undefined, { cookie: eve });
    expect(me.json.workspaces).toEqual([expect.objectContaining({ slug: 'acme-support', role: 'editor' })]);
    const people = await server.call('GET', '/api/v1/workspaces/acme-support/people', undefined, {
      cookie: eve,
    });
    expect(people.json.items).toContainEqual(
      expect.objectContaining({ name: 'Eve Editor', email: 'eve@acme.test', role: 'editor' }),
    );

    const again = await server.call('POST', `/api/v1/invitations/${token}/accept`, {
      name: 'Mallory',
      password: 'another long password',
    });
    expect(again.status).toBe(410);
    expect(again.json.detail).toMatch(/already been used/);
    expect(
      (await server.call('GET', '/api/v1/workspaces/acme-support/invitations', undefined, { cookie })).json
        .items,
    ).toEqual([]);
  });

  it('an expired, withdrawn or unknown link is a clear answer and creates nothing', async () => {
    const server = await testServer(dialect);
    let { cookie } = await server.setupOwner();
    const post = (email: string) =>
      server.call(
        'POST',
        '/api/v1/workspaces/acme-support/invitations',
        { email, role: 'viewer' },
        { cookie },
      );
    const late = encodeURIComponent(secretOf((await post('late@acme.test')).json.link));
    const withdrawn = await post('gone@acme.test');
    server.clock.now += INVITATION_LIFETIME_MS + 1;
    // A week on, the owner's session has passed its idle limit: she signs in again.
    cookie = await server.signInAs('olivia@acme.test');

    const expired = await server.call('POST', `/api/v1/invitations/${late}/accept`, {
      name: 'Late',
      password: 'correct horse battery',
    });
    expect(expired.status).toBe(410);
    expect(expired.json.detail).toMatch(/expired \(links work for 7 days\)/);

    const withdrawnId = (withdrawn.json.invitation as { id: number }).id;
    expect(
      (
        await server.call('DELETE', `/api/v1/workspaces/acme-support/invitations/${withdrawnId}`, undefined, {
          cookie,
        })
      ).status,
    ).toBe(204);
    const revoked = await server.call(
      'GET',
      `/api/v1/invitations/${encodeURIComponent(secretOf(withdrawn.json.link))}`,
    );
    expect(revoked.status).toBe(410);
    expect(revoked.json.detail).toMatch(/withdrawn/);

    expect((await server.call('GET', '/api/v1/invitations/ri_nonsense')).status).toBe(404);
    const users = await server.db.selectFrom('users').select('email').execute();
    expect(users.map((u) => u.email)).toEqual(['olivia@acme.test']);
  });

  it('resending gives a new link and a new week; the old link stops working', async () => {
    const server = await testServer(dialect);
    let { cookie } = await server.setupOwner();
    const first = await server.call(
      'POST',
      '/api/v1/workspaces/acme-support/invitations',
      { email: 'sam@acme.test' },
      { cookie },
    );
    const id = (first.json.invitation as { id: number }).id;
    server.clock.now += INVITATION_LIFETIME_MS + 1;
    cookie = await server.signInAs('olivia@acme.test');
    const listed = await server.call('GET', '/api/v1/workspaces/acme-support/invitations', undefined, {
      cookie,
    });
    expect(listed.json.items).toEqual([expect.objectContaining({ id, expired: true })]);
    const resent = await server.call(
      'POST',
      `/api/v1/workspaces/acme-support/invitations/${id}/resend`,
      undefined,
      { cookie },
    );
    expect(resent.status).toBe(200);
    expect(resent.json.invitation).toMatchObject({ id, expired: false });
    expect(
      (await server.call('GET', `/api/v1/invitations/${encodeURIComponent(secretOf(first.json.link))}`))
        .status,
    ).toBe(404);
    expect(
      (await server.call('GET', `/api/v1/invitations/${encodeURIComponent(secretOf(resent.json.link))}`))
        .status,
    ).toBe(200);
  });

  it('follows the one role rule: admins invite editors and viewers, only owners invite admins; editors invite nobody', async () => {
    const server = await testServer(dialect);
    const { cookie } = await server.setupOwner();
    const admin = await server.member('admin', 'acme-support');
    const editor = await server.member('editor', 'acme-support');
    const invite = (caller: string, role: string) =>
      server.call(
        'POST',
        '/api/v1/workspaces/acme-support/invitations',
        { email: `${role}-new@acme.test`, role },
        { cookie: caller },
      );
    expect((await invite(admin, 'owner')).status).toBe(403);
    const adminByAdmin = await invite(admin, 'admin');
    expect(adminByAdmin.status).toBe(403);
    expect(adminByAdmin.json.detail).toMatch(/Only an owner can make someone an admin/);
    expect((await invite(cookie, 'admin')).status).toBe(201);
    expect((await invite(editor, 'viewer')).status).toBe(403);
    const member = await server.call(
      'POST',
      '/api/v1/workspaces/acme-support/invitations',
      { email: 'editor@acme.test' },
      { cookie },
    );
    expect(member.status).toBe(409);
  });

  it('an existing account accepts with its own password, which stays unchanged', async () => {
    const server = await testServer(dialect);
    const { cookie } = await server.setupOwner();
    await server.call('POST', '/api/v1/workspaces', { name: 'Beta' }, { cookie });
    const invited = await server.call(
      'POST',
      '/api/v1/workspaces/beta/invitations',
      { email: 'olivia@acme.test', role: 'viewer' },
      { cookie },
    );
    expect(invited.status).toBe(409);
    const other = await server.member('viewer', 'acme-support', 'val@acme.test');
    expect(other).toBeTruthy();
    const toVal = await server.call(
      'POST',
      '/api/v1/workspaces/beta/invitations',
      { email: 'val@acme.test', role: 'editor' },
      { cookie },
    );
    const token = encodeURIComponent(secretOf(toVal.json.link));
    expect((await server.call('GET', `/api/v1/invitations/${token}`)).json.hasAccount).toBe(true);
    const wrong = await server.call('POST', `/api/v1/invitations/${token}/accept`, {
      password: 'not the password',
    });
    expect(wrong.status).toBe(422);
    expect(
      (
        await server.call('POST', `/api/v1/invitations/${token}/accept`, {
          password: 'correct horse battery',
        })
      ).status,
    ).toBe(200);
    await server.signInAs('val@acme.test');
  });
});
