import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { appliedMigrations, migrateTo, migrateToLatest } from '../../src/store/migrator.js';
import { testDialects } from './databases.js';

const names = MIGRATIONS.map((m) => m.name);

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
