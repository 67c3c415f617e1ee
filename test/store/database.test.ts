import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, DatabaseOpenError, openDatabase } from '../../src/store/database.js';
import { testDialects } from './databases.js';

describe.each(testDialects())('opening a $name database', ({ open }) => {
  it('creates every core table on first open', async () => {
    const store = await open();
    const kpis = await store.db.selectFrom('kpis').select('id').execute();
    expect(kpis).toEqual([]);
  });

  it('turns foreign keys on: a data point for a missing KPI is refused', async () => {
    const store = await open();
    await expect(
      store.db
        .insertInto('data_points')
        .values({ kpi_id: 999, workspace_id: 999, at: 0, value: 1, recorded_at: 0 })
        .execute(),
    ).rejects.toThrow();
  });
});

describe('opening a SQLite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ratchet-db-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the missing directory and turns on WAL with full sync', async () => {
    const store = await openDatabase(`sqlite:${join(dir, 'nested', 'deeper', 'ratchet.db')}`);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(store.db);
    await closeDatabase(store);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(sync.rows[0]?.synchronous).toBe(2);
  });

  it('resolves a relative path against the given directory', async () => {
    const store = await openDatabase('sqlite:./data/r.db', { cwd: dir });
    expect(store.description).toBe(`sqlite:${join(dir, 'data', 'r.db')}`);
    await closeDatabase(store);
  });
});

describe('a database URL Ratchet cannot use', () => {
  it('names the schemes it supports', async () => {
    await expect(openDatabase('mysql://localhost/db')).rejects.toThrow(
      /Unknown database URL "mysql:\/\/localhost\/db". Ratchet supports sqlite:<path>.*postgres:\/\//,
    );
  });

  it('says the PostgreSQL server cannot be reached, without printing the password', async () => {
    const attempt = openDatabase('postgres://me:secret@127.0.0.1:1/nowhere');
    await expect(attempt).rejects.toBeInstanceOf(DatabaseOpenError);
    await expect(attempt).rejects.toThrow(
      /Cannot reach PostgreSQL at postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/nowhere/,
    );
    await expect(attempt).rejects.not.toThrow(/secret/);
  });
});
