import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/store/databases.js';
import type { Workspace } from '../../core/model.js';
import type { KpiSource } from '../../core/source/kpi-source.js';
import type { Store } from '../../store/database.js';
import { listPoints } from '../data-point.service.js';
import { importWorkspace } from '../workspace-import.service.js';
import { runDueSources } from './run-due-sources.js';

process.env.RATCHET_SECRET_KEY ??= 'a'.repeat(64);
const env = { RATCHET_ALLOW_PRIVATE_WEBHOOKS: '1' };
const NOW = Date.parse('2026-11-30T09:00:00Z');

function workspace(source: KpiSource): Workspace {
  return {
    name: 'Warehouse',
    freelancer: false,
    people: [],
    teams: [],
    cycles: [],
    kpis: [{ id: 'orders', name: 'Orders', cadence: 'daily', points: [], source }],
    decisions: [],
    objectives: [],
    initiatives: [],
  };
}

async function pullOrders(store: Store, source: KpiSource, timeoutMs = 5_000) {
  await importWorkspace(store, workspace(source), { actor: 'test', at: 1 });
  const [outcome] = await runDueSources(store, NOW, { kpi: 'orders', env, timeoutMs });
  return outcome;
}

function warehouseFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ratchet-sql-source-')), 'warehouse.db');
  const db = new Database(file);
  db.exec(`create table daily_orders (day text, n integer);
    insert into daily_orders values ('2026-11-27', 31), ('2026-11-28', 28), ('2026-11-29', 35);`);
  db.close();
  return file;
}

const pgUrl = process.env.RATCHET_TEST_PG;

for (const dialect of testDialects()) {
  describe(`a sql source on SQLite, stored on ${dialect.name}`, () => {
    it('stores the rows (at, value) the query returns', async () => {
      const store = await dialect.open();
      const outcome = await pullOrders(store, {
        kind: 'sql',
        connection: `sqlite:${warehouseFile()}`,
        query: 'select day as at, n as value from daily_orders order by day',
      });
      expect(outcome).toMatchObject({ status: 'ok', points: 3, value: 35 });
      expect((await listPoints(store, 'Warehouse', 'orders')).map((p) => [p.at, p.value])).toEqual([
        [Date.parse('2026-11-27'), 31],
        [Date.parse('2026-11-28'), 28],
        [Date.parse('2026-11-29'), 35],
      ]);
      const stored = await store.db.selectFrom('kpi_sources').select('spec').executeTakeFirstOrThrow();
      expect(stored.spec).not.toContain('warehouse.db');
    });

    it('refuses a query that writes, and the file is unchanged', async () => {
      const store = await dialect.open();
      const file = warehouseFile();
      const outcome = await pullOrders(store, {
        kind: 'sql',
        connection: `sqlite:${file}`,
        query: 'delete from daily_orders',
      });
      expect(outcome).toMatchObject({
        status: 'error',
        error: 'the query tries to write; a source may only read (select)',
      });
      const db = new Database(file, { readonly: true });
      expect(db.prepare('select count(*) as n from daily_orders').get()).toEqual({ n: 3 });
      db.close();
    });

    it('stops a query that takes too long and stores nothing', async () => {
      const store = await dialect.open();
      const endless = `with recursive r(i) as (select 1 union all select i + 1 from r) select max(i) as value from r`;
      const outcome = await pullOrders(
        store,
        { kind: 'sql', connection: `sqlite:${warehouseFile()}`, query: endless },
        300,
      );
      expect(outcome).toMatchObject({ status: 'error', error: expect.stringMatching(/longer than 0.3 s/) });
      expect(await listPoints(store, 'Warehouse', 'orders')).toEqual([]);
    }, 20_000);

    it('says which row is wrong when a value is not a number', async () => {
      const store = await dialect.open();
      const outcome = await pullOrders(store, {
        kind: 'sql',
        connection: `sqlite:${warehouseFile()}`,
        query: `select day as at, case when n = 28 then 'n/a' else n end as value from daily_orders order by day`,
      });
      expect(outcome).toMatchObject({
        status: 'error',
        error: 'row 2: the value gives the text "n/a", not a finite number',
      });
      expect(await listPoints(store, 'Warehouse', 'orders')).toEqual([]);
    });

    it.runIf(pgUrl)(
      'reads a PostgreSQL warehouse in a read-only transaction with a statement timeout',
      async () => {
        const store = await dialect.open();
        const admin = new pg.Client({ connectionString: pgUrl });
        await admin.connect();
        const schema = `warehouse_${Math.random().toString(36).slice(2, 8)}`;
        await admin.query(`create schema ${schema}; create table ${schema}.orders (day date, n numeric);
        insert into ${schema}.orders values ('2026-11-28', 12.5), ('2026-11-29', 14);`);
        try {
          const ok = await pullOrders(store, {
            kind: 'sql',
            connection: pgUrl as string,
            query: `select day::text as at, n as value from ${schema}.orders order by day`,
          });
          expect(ok).toMatchObject({ status: 'ok', points: 2, value: 14 });
          const writes = await pullOrders(store, {
            kind: 'sql',
            connection: pgUrl as string,
            query: `delete from ${schema}.orders`,
          });
          expect(writes).toMatchObject({ status: 'error', error: expect.stringMatching(/tries to write/) });
          const slow = await pullOrders(
            store,
            { kind: 'sql', connection: pgUrl as string, query: 'select pg_sleep(5), 1 as value' },
            300,
          );
          expect(slow).toMatchObject({ status: 'error', error: expect.stringMatching(/longer than 0.3 s/) });
          expect((await admin.query(`select count(*)::int as n from ${schema}.orders`)).rows[0]).toEqual({
            n: 2,
          });
        } finally {
          await admin.query(`drop schema ${schema} cascade`);
          await admin.end();
        }
      },
    );
  });
}
