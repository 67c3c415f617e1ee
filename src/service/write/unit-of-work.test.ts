import { describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/store/databases.js';
import type { Workspace } from '../../core/model.js';
import { createObjective, updateObjective } from '../objective.service.js';
import { importWorkspace } from '../workspace-import.service.js';
import { type CommittedChange, changeFeed } from './change-feed.js';

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
  });
}
