import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/service/workspace-load.service.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { appliedMigrations, migrateTo, migrateToLatest } from '../../src/store/migrator.js';
import type { ObjectiveTable } from '../../src/store/objective.table.js';
import type { Database } from '../../src/store/tables.js';
import { testDialects } from './databases.js';

const names = MIGRATIONS.map((m) => m.name);

/** The schema as it was before 2026-12-03-100: an objective had one `parent_id`. */
type BeforeSeveralParents = Omit<Database, 'objectives'> & {
  objectives: ObjectiveTable & { parent_id: number | null };
};

describe.each(testDialects())('migrations on $name', ({ open }) => {
  it('run up from an empty database and record every name in the database itself', async () => {
    const store = await open({ migrate: false });
    const db = store.db as Kysely<unknown>;
    const report = await migrateToLatest(db);
    expect(report.applied).toEqual(names);
    expect(await appliedMigrations(db)).toEqual(names);
  });

  it('are idempotent: a second run applies nothing', async () => {
    const store = await open();
    expect((await migrateToLatest(store.db as Kysely<unknown>)).applied).toEqual([]);
  });

  it.each(names.map((name, index) => ({ name, index })))(
    'upgrade a database left at $name to the latest schema',
    async ({ name, index }) => {
      const store = await open({ migrate: false });
      const db = store.db as Kysely<unknown>;
      await migrateTo(db, name);
      expect(await appliedMigrations(db)).toEqual(names.slice(0, index + 1));
      const report = await migrateToLatest(db);
      expect(report.applied).toEqual(names.slice(index + 1));
      await store.db.selectFrom('workspaces').select('id').execute();
    },
  );

  it('a second Ratchet database beside the first gets its own migration state', async () => {
    // On PostgreSQL both live in one database, in two schemas: the migrator must not
    // mistake the first schema's migration tables for its own.
    await open();
    const second = await open();
    expect(await appliedMigrations(second.db)).toEqual(names);
  });

  it("move each objective's one parent into the list of objectives it supports", async () => {
    const store = await open({ migrate: false });
    const db = store.db as unknown as Kysely<BeforeSeveralParents>;
    await migrateTo(db, '2026-12-02-501-digest-preferences');
    const stamp = { created_at: 1, updated_at: 1 };
    await db
      .insertInto('workspaces')
      .values({ name: 'Acme', slug: 'acme', freelancer: 0, ...stamp })
      .execute();
    const ws = await db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow();
    const keyed = (key: string, position: number) => ({ workspace_id: ws.id, key, position, ...stamp });
    await db
      .insertInto('cycles')
      .values({ ...keyed('q4', 0), start_date: '2026-10-01', end_date: '2026-12-31' })
      .execute();
    const cycle = await db.selectFrom('cycles').select('id').executeTakeFirstOrThrow();
    const objective = async (key: string, position: number, parent: number | null) => {
      await db
        .insertInto('objectives')
        .values({
          ...keyed(key, position),
          title: key,
          cycle_id: cycle.id,
          type: 'aspirational',
          parent_id: parent,
        })
        .execute();
      return (await db.selectFrom('objectives').select('id').where('key', '=', key).executeTakeFirstOrThrow())
        .id;
    };
    const grow = await objective('grow', 0, null);
    const fast = await objective('fast', 1, grow);
    await migrateToLatest(db);
    expect(await db.selectFrom('objective_parents').selectAll().execute()).toEqual([
      { objective_id: fast, parent_id: grow, position: 0 },
    ]);
    const loaded = await loadWorkspace(store, 'Acme');
    expect(loaded.objectives.map((o) => [o.id, o.parents])).toEqual([
      ['grow', undefined],
      ['fast', ['grow']],
    ]);
    await migrateTo(db, '2026-12-02-501-digest-preferences');
    const back = await db.selectFrom('objectives').select(['key', 'parent_id']).orderBy('position').execute();
    expect(back).toEqual([
      { key: 'grow', parent_id: null },
      { key: 'fast', parent_id: grow },
    ]);
  });

  it('roll all the way down and up again', async () => {
    const store = await open();
    const db = store.db as Kysely<unknown>;
    await migrateTo(db, null);
    expect(await appliedMigrations(db)).toEqual([]);
    await expect(store.db.selectFrom('kpis').select('id').execute()).rejects.toThrow();
    await migrateToLatest(db);
    expect(await store.db.selectFrom('kpis').select('id').execute()).toEqual([]);
  });
});
