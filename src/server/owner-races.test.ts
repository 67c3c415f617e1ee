import { describe, expect, it } from 'vitest';
import { overlapping } from '../../test/reliability/overlap.js';
import { testDialects } from '../../test/store/databases.js';
import { removeUser, setUserEnabled } from '../service/accounts/user-admin.service.js';
import { importExamples, testServer } from './test-support/harness.js';

/**
 * Issue 13: a workspace always keeps an owner who can sign in, also when two changes race.
 * On PostgreSQL the races are forced (`overlapping`): both changes are in flight together,
 * each having read the owners before either writes, so only the workspace-row lock taken
 * before counting owners (`roleStanding`, `workspacesSolelyOwnedBy`) keeps an owner.
 */
describe.each(testDialects())('the last owner on $name', (dialect) => {
  async function twoOwners() {
    const server = await testServer(dialect);
    const [acme] = await importExamples(server, ['support-team.yaml']);
    if (!acme) throw new Error('example missing');
    const boss = { cookie: await server.member('owner', acme, 'boss@acme.test') };
    const second = { cookie: await server.member('owner', acme, 'second@acme.test') };
    const owners = async () =>
      (
        await server.db
          .selectFrom('memberships')
          .innerJoin('users', 'users.id', 'memberships.user_id')
          .select('users.email')
          .where('memberships.role', '=', 'owner')
          .where('users.disabled_at', 'is', null)
          .orderBy('users.email')
          .execute()
      ).map((r) => r.email);
    const demote = (caller: { cookie: string }, name: string, email: string) => () =>
      server.call('POST', `/api/v1/workspaces/${acme}/people`, { name, email, role: 'viewer' }, caller);
    return { server, boss, second, owners, demote };
  }

  it('an owner cannot be disabled or removed while the other owner is disabled', async () => {
    const { server, owners } = await twoOwners();
    await setUserEnabled(server.db, 'second@acme.test', false, server.clock.now);
    await expect(setUserEnabled(server.db, 'boss@acme.test', false, server.clock.now)).rejects.toThrow(
      /only owner of acme/,
    );
    await expect(removeUser(server.db, 'boss@acme.test')).rejects.toThrow(/only owner of acme/);
    expect(await owners()).toEqual(['boss@acme.test']);
  });

  it('an owner cannot step down while the only other owner is disabled', async () => {
    const { server, boss, owners, demote } = await twoOwners();
    await setUserEnabled(server.db, 'second@acme.test', false, server.clock.now);
    const answer = await demote(boss, 'The Boss', 'boss@acme.test')();
    expect(answer.status).toBe(409);
    expect(answer.json.detail).toMatch(/at least one owner/);
    expect(await owners()).toEqual(['boss@acme.test']);
  });

  it.runIf(dialect.name === 'postgres')(
    'two owners demoting each other at the same moment leave one owner',
    async () => {
      const { server, boss, second, owners, demote } = await twoOwners();
      const { results, waitedTogether } = await overlapping(server.store, 'memberships', [
        demote(boss, 'Second', 'second@acme.test'),
        demote(second, 'The Boss', 'boss@acme.test'),
      ]);
      expect(waitedTogether).toBe(2);
      const statuses = results.map((r) => (r.status === 'fulfilled' ? r.value.status : 'threw')).sort();
      // The loser re-counts after the winner's commit: no other owner is left, so 409.
      expect(statuses).toEqual([201, 409]);
      expect(await owners()).toHaveLength(1);
    },
  );

  it.runIf(dialect.name === 'postgres')(
    'disabling both owners at the same moment disables one and refuses the other',
    async () => {
      const { server, owners } = await twoOwners();
      const disable = (email: string) => () => setUserEnabled(server.db, email, false, server.clock.now);
      const { results, waitedTogether } = await overlapping(server.store, 'users', [
        disable('boss@acme.test'),
        disable('second@acme.test'),
      ]);
      expect(waitedTogether).toBe(2);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(String((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason)).toMatch(
        /only owner of acme/,
      );
      expect(await owners()).toHaveLength(1);
    },
  );

  it.runIf(dialect.name === 'postgres')(
    'removing both owners at the same moment removes one and refuses the other',
    async () => {
      const { server, owners } = await twoOwners();
      const remove = (email: string) => () => removeUser(server.db, email);
      const { results, waitedTogether } = await overlapping(server.store, 'users', [
        remove('boss@acme.test'),
        remove('second@acme.test'),
      ]);
      expect(waitedTogether).toBe(2);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(await owners()).toHaveLength(1);
    },
  );
});
