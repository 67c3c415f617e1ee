import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { createApiToken } from '../service/accounts/api-token.service.js';
import { openEventStream, receivedBy } from './test-support/event-stream.js';
import { type Caller, testServer } from './test-support/harness.js';

/**
 * Issue 13, defect 4: an event stream outlived its sign-out or its revoked token and
 * kept receiving the workspace's changes, and one viewer could open thousands of them.
 */
describe.each(testDialects())('event streams on $name', (dialect) => {
  async function fixture() {
    const server = await testServer(dialect, { rateLimits: { eventStreamsPerCaller: 3 } });
    const { cookie, slug } = await server.setupOwner();
    const owner = { cookie };
    const write = async (name: string) => {
      const answer = await server.call('POST', `/api/v1/workspaces/${slug}/teams`, { name }, owner);
      expect(answer.status).toBe(201);
    };
    const open = (caller: Caller) => openEventStream(server, slug, caller);
    return { server, slug, owner, write, open };
  }

  it('ends a session’s stream when it signs out, before any later change reaches it', async () => {
    const { server, write, open } = await fixture();
    const cookie = await server.signInAs('olivia@acme.test');
    const stream = await open({ cookie });
    await write('Before');
    await receivedBy(stream, '"id":"before"');
    expect((await server.call('POST', '/api/v1/auth/sign-out', undefined, { cookie })).status).toBeLessThan(
      300,
    );
    await write('After');
    const text = await stream.ended;
    expect(text).toContain('"id":"before"');
    expect(text).not.toContain('"id":"after"');
  });

  it('ends a token’s stream when the token is revoked', async () => {
    const { server, slug, owner, write, open } = await fixture();
    const workspace = await server.db
      .selectFrom('workspaces')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    const { token, secret } = await createApiToken(
      server.db,
      { workspaceId: workspace.id, name: 'dashboard', scopes: ['read'], createdBy: null },
      server.clock.now,
    );
    const stream = await open({ token: secret });
    const revoked = await server.call(
      'DELETE',
      `/api/v1/workspaces/${slug}/tokens/${token.id}`,
      undefined,
      owner,
    );
    expect(revoked.status).toBe(204);
    await write('After');
    expect(await stream.ended).not.toContain('"id":"after"');
  });

  it('ends a member’s stream when their role in the workspace is removed', async () => {
    const { server, slug, write, open } = await fixture();
    const viewer = await server.member('viewer', slug, 'vera@acme.test');
    const stream = await open({ cookie: viewer });
    await server.db
      .deleteFrom('memberships')
      .where(
        'user_id',
        'in',
        server.db.selectFrom('users').select('id').where('email', '=', 'vera@acme.test'),
      )
      .execute();
    await write('After');
    expect(await stream.ended).not.toContain('"id":"after"');
  });

  it('allows a capped number of streams per session, then answers 429 with a clear problem', async () => {
    const { server, open } = await fixture();
    const cookie = await server.signInAs('olivia@acme.test');
    const streams = [await open({ cookie }), await open({ cookie }), await open({ cookie })];
    const over = await open({ cookie });
    expect(over.status).toBe(429);
    expect(over.text).toMatch(/3 event streams open already/);
    // Another session of the same person has slots of its own; a closed stream frees one.
    expect((await open({ cookie: await server.signInAs('olivia@acme.test') })).status).toBe(200);
    await streams[0]?.cancel?.();
    await streams[0]?.ended;
    expect((await open({ cookie })).status).toBe(200);
  });
});
