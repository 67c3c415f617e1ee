import { describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/store/databases.js';
import type { Workspace } from '../../core/model.js';
import { archiveCheckIn, createCheckIn, listCheckIns, updateCheckIn } from '../check-in.service.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import { importWorkspace } from '../workspace-import.service.js';
import { type CommittedChange, changeFeed } from './change-feed.js';

const workspace: Workspace = {
  name: 'Support',
  freelancer: false,
  people: [],
  teams: [],
  cycles: [{ id: 'q4', start: '2026-10-01', end: '2026-12-31' }],
  kpis: [],
  objectives: [
    {
      id: 'delight',
      title: 'Delight customers',
      cycle: 'q4',
      type: 'committed',
      keyResults: [
        { id: 'csat', title: 'Raise CSAT from 80 to 90', baseline: 80, target: 90, weight: 1, checkIns: [] },
      ],
    },
  ],
  decisions: [],
  initiatives: [],
};

for (const dialect of testDialects()) {
  describe(`check-ins written by id on ${dialect.name}`, () => {
    it('are created, edited at the version read and archived, each change audited and told to the key result', async () => {
      const store = await dialect.open();
      await importWorkspace(store, workspace, { actor: 'test', at: 1 });
      const heard: CommittedChange[] = [];
      changeFeed(store).subscribe((change) => heard.push(change));

      const created = await createCheckIn(
        store,
        'Support',
        'csat',
        { at: 10, value: 82 },
        { actor: 'ana', at: 10 },
      );
      const edited = await updateCheckIn(store, 'Support', created.id, { value: 83 }, created.version, {
        actor: 'ana',
        at: 11,
      });
      expect(edited).toMatchObject({
        id: created.id,
        keyResult: 'csat',
        value: 83,
        version: created.version + 1,
      });
      await expect(
        updateCheckIn(store, 'Support', created.id, { value: 84 }, created.version, { actor: 'ana', at: 12 }),
      ).rejects.toThrow(ConflictError);
      await expect(
        updateCheckIn(store, 'Support', created.id, { confidence: 2 }, edited.version, {
          actor: 'ana',
          at: 12,
        }),
      ).rejects.toThrow(ValidationError);
      await archiveCheckIn(store, 'Support', created.id, edited.version, { actor: 'ana', at: 13 });

      expect(await listCheckIns(store, 'Support')).toEqual([]);
      await expect(
        archiveCheckIn(store, 'Support', created.id, edited.version + 1, { actor: 'ana', at: 14 }),
      ).rejects.toThrow(NotFoundError);
      const audit = await store.db
        .selectFrom('audit_log')
        .select(['action', 'entity'])
        .where('entity', '=', 'check_in')
        .orderBy('id')
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'archive']);
      expect(heard.map((h) => h.records)).toEqual([
        [{ entity: 'key_result', id: 'csat' }],
        [{ entity: 'key_result', id: 'csat' }],
        [{ entity: 'key_result', id: 'csat' }],
      ]);
    });
  });
}
