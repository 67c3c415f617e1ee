import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { addUser } from '../service/accounts/user.service.js';
import { importExamples, testServer } from './test-support/harness.js';

/** Issue 13, defect 1: an admin could demote the only owner or make any account an admin. */
describe.each(testDialects())('role escalation on $name', (dialect) => {
  async function fixture() {
    const server = await testServer(dialect);
    const [acme] = await importExamples(server, ['support-team.yaml']);
    if (!acme) throw new Error('example missing');
    // The owner's email is not among the example's people, as after `ratchet user add`.
    const owner = { cookie: await server.member('owner', acme, 'boss@acme.test') };
    const admin = { cookie: await server.member('admin', acme, 'priya@acme.example') };
    await addUser(
      server.db,
      { email: 'stranger@elsewhere.test', password: 'correct horse battery' },
      server.clock.now,
    );
    const roles = async () => {
      const rows = await server.db
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select(['users.email', 'memberships.role'])
        .execute();
      return Object.fromEntries(rows.map((r) => [r.email, r.role]));
    };
    const addPerson = (caller: { cookie: string }, body: object) =>
      server.call('POST', `/api/v1/workspaces/${acme}/people`, body, caller);
    return { server, acme, owner, admin, roles, addPerson };
  }

  it('an admin cannot demote the only owner, and the owner keeps the role', async () => {
    const { admin, roles, addPerson } = await fixture();
    const answer = await addPerson(admin, { name: 'The Boss', email: 'boss@acme.test', role: 'viewer' });
    expect(answer.status).toBe(403);
    expect(answer.json.detail).toMatch(/Only an owner/);
    expect((await roles())['boss@acme.test']).toBe('owner');
  });

  it('an admin cannot make an account of the server an admin or an owner, only editor or viewer', async () => {
    const { admin, roles, addPerson } = await fixture();
    for (const role of ['admin', 'owner']) {
      const answer = await addPerson(admin, { name: 'Stranger', email: 'stranger@elsewhere.test', role });
      expect(answer.status, role).toBe(403);
    }
    expect((await roles())['stranger@elsewhere.test']).toBeUndefined();
    const editor = await addPerson(admin, {
      name: 'Stranger',
      email: 'stranger@elsewhere.test',
      role: 'editor',
    });
    expect(editor.status).toBe(201);
    expect((await roles())['stranger@elsewhere.test']).toBe('editor');
  });

  it('an owner cannot leave the workspace without an owner, but may hand the role on', async () => {
    const { owner, roles, addPerson } = await fixture();
    const demoted = await addPerson(owner, { name: 'The Boss', email: 'boss@acme.test', role: 'admin' });
    expect(demoted.status).toBe(409);
    expect(demoted.json.detail).toMatch(/at least one owner/);
    const promoted = await addPerson(owner, {
      name: 'Stranger',
      email: 'stranger@elsewhere.test',
      role: 'owner',
    });
    expect(promoted.status).toBe(201);
    expect(await roles()).toMatchObject({ 'boss@acme.test': 'owner', 'stranger@elsewhere.test': 'owner' });
  });
});
