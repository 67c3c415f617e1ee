import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/store/databases.js';
import type { Workspace } from '../../core/model.js';
import type { Database } from '../../store/tables.js';
import { insertWorkspace, listWorkspaceRows } from '../../store/workspace.repository.js';
import { createObjective, updateObjective } from '../objective.service.js';
import { importWorkspace } from '../workspace-import.service.js';
import { type CommittedChange, changeFeed } from './change-feed.js';
import { inWorkspaceWrite } from './unit-of-work.js';

const workspace: Workspace = {
  name: 'Support',
  freelancer: false,
  people: [{ id: 'ana', name: 'Ana' }],
  teams: [],
  cycles: [{ id: 'q4', start: '2026-10-01', end: '2026-12-31' }],
  kpis: [],
  objectives: [],
  decisions: [],
  initiatives: [],
};

for (const dialect of testDialects()) {
  describe(`a service write on ${dialect.name}`, () => {
    it('is told to the change feed once, after it commits, with its records and domain events', async () => {
      const store = await dialect.open();
      await importWorkspace(store, workspace, { actor: 'test', at: 1 });
      const heard: CommittedChange[] = [];
      changeFeed(store).subscribe((change) => heard.push(change));

      await createObjective(
        store,
        'Support',
        { title: 'Delight customers', cycle: 'q4' },
        { actor: 'user:1', at: 5 },
      );

      expect(heard).toHaveLength(1);
      expect(heard[0]).toMatchObject({
        workspaceSlug: 'support',
        actor: 'user:1',
        at: 5,
        records: [{ entity: 'objective', id: 'delight-customers' }],
        events: [{ type: 'objective.created' }],
      });
    });

    it('tells nobody and stores nothing when the write fails', async () => {
      const store = await dialect.open();
      await importWorkspace(store, workspace, { actor: 'test', at: 1 });
      await createObjective(
        store,
        'Support',
        { title: 'Delight customers', cycle: 'q4' },
        { actor: 'user:1', at: 5 },
      );
      const heard: CommittedChange[] = [];
      changeFeed(store).subscribe((change) => heard.push(change));
      const auditRows = () => store.db.selectFrom('audit_log').select('id').execute();
      const auditBefore = await auditRows();

      await expect(
        updateObjective(store, 'Support', 'delight-customers', { cycle: 'no-such-cycle' }, undefined, {
          actor: 'user:1',
          at: 6,
        }),
      ).rejects.toThrow();

      expect(heard).toEqual([]);
      expect(await auditRows()).toEqual(auditBefore);
    });

    it('creates its workspace inside the write, so a failed write leaves no workspace behind', async () => {
      const store = await dialect.open();
      const creating = (trx: Kysely<Database>) =>
        insertWorkspace(trx, {
          name: 'Marketing',
          slug: 'marketing',
          locale: null,
          currency: null,
          freelancer: 0,
          archived_at: null,
          created_at: 1,
          updated_at: 1,
        });

      await expect(
        inWorkspaceWrite(store, creating, { actor: 'cli', at: 1 }, async (uow) => {
          await uow.audit({ entity: 'workspace', entityId: uow.workspace.slug, action: 'create' });
          throw new Error('refused after the workspace was made');
        }),
      ).rejects.toThrow('refused after the workspace was made');
      expect(await listWorkspaceRows(store.db, true)).toEqual([]);

      const slug = await inWorkspaceWrite(store, creating, { actor: 'cli', at: 1 }, async (uow) => {
        await uow.audit(
          { entity: 'workspace', entityId: uow.workspace.slug, action: 'create' },
          { entity: 'invitation', entityId: '7', action: 'accept', actor: 'user:3' },
        );
        return uow.workspace.slug;
      });
      expect(slug).toBe('marketing');
      const audited = await store.db
        .selectFrom('audit_log')
        .select(['entity', 'actor'])
        .orderBy('id')
        .execute();
      expect(audited).toEqual([
        { entity: 'workspace', actor: 'cli' },
        { entity: 'invitation', actor: 'user:3' },
      ]);
    });
  });
}
