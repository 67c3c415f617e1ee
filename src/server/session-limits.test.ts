import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../service/accounts/session.service.js';
import { addUser } from '../service/accounts/user.service.js';
import { openEventStream, receivedBy } from './test-support/event-stream.js';
import { testServer } from './test-support/harness.js';

const HOUR = 60 * 60 * 1000;

/** Issue 13, defect 4: sessions outlived a password change and extended with use for ever. */
describe.each(testDialects())('session lifetime on $name', (dialect) => {
  async function signedIn() {
    const server = await testServer(dialect);
    const { cookie } = await server.setupOwner();
    const me = () => server.call('GET', '/api/v1/me', undefined, { cookie });
    return { server, cookie, me };
  }

  it('a password change signs the account out everywhere', async () => {
    const { server, me } = await signedIn();
    const other = await server.signInAs('olivia@acme.test');
    expect((await me()).status).toBe(200);
    await addUser(
      server.db,
      { email: 'olivia@acme.test', password: 'a brand new password' },
      server.clock.now,
    );
    expect((await me()).status).toBe(401);
    expect((await server.call('GET', '/api/v1/me', undefined, { cookie: other })).status).toBe(401);
    await server.signInAs('olivia@acme.test', 'a brand new password');
  });

  it('ends after the idle limit without a request', async () => {
    const { server, me } = await signedIn();
    server.clock.now += SESSION_IDLE_MS - HOUR;
    expect((await me()).status).toBe(200);
    server.clock.now += SESSION_IDLE_MS - HOUR;
    expect((await me()).status).toBe(200);
    server.clock.now += SESSION_IDLE_MS + HOUR;
    expect((await me()).status).toBe(401);
  });

  it('ends at the absolute limit however often it is used', async () => {
    const { server, me } = await signedIn();
    const start = server.clock.now;
    while (server.clock.now < start + SESSION_ABSOLUTE_MS - 2 * 24 * HOUR) {
      server.clock.now += 2 * 24 * HOUR;
      expect((await me()).status).toBe(200);
    }
    server.clock.now = start + SESSION_ABSOLUTE_MS + HOUR;
    expect((await me()).status).toBe(401);
  });

  /** A stream of the session's, and changes made by fresh sign-ins at the clock's time. */
  async function streaming() {
    const { server, cookie, me } = await signedIn();
    const stream = await openEventStream(server, 'acme-support', { cookie });
    const change = async (name: string) => {
      const writer = { cookie: await server.signInAs('olivia@acme.test') };
      const answer = await server.call('POST', '/api/v1/workspaces/acme-support/teams', { name }, writer);
      expect(answer.status).toBe(201);
    };
    return { server, stream, change, me };
  }

  it('ends its event stream at the idle limit, before a later change reaches it', async () => {
    const { server, stream, change } = await streaming();
    server.clock.now += SESSION_IDLE_MS - HOUR;
    await change('Still');
    await receivedBy(stream, '"id":"still"');
    server.clock.now += SESSION_IDLE_MS + HOUR;
    await change('After');
    const text = await stream.ended;
    expect(text).toContain('"id":"still"');
    expect(text).not.toContain('"id":"after"');
  });

  it('ends its event stream at the absolute limit, however busy the stream and the session', async () => {
    const { server, stream, change, me } = await streaming();
    const start = server.clock.now;
    for (let day = 2; day < 30; day += 2) {
      server.clock.now = start + day * 24 * HOUR;
      expect((await me()).status).toBe(200);
      await change(`Day ${day}`);
      await receivedBy(stream, `"id":"day-${day}"`);
    }
    server.clock.now = start + SESSION_ABSOLUTE_MS + HOUR;
    await change('After');
    const text = await stream.ended;
    expect(text).toContain('"id":"day-28"');
    expect(text).not.toContain('"id":"after"');
  });
});
