import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach } from 'vitest';
import { closeDatabase, type OpenOptions, openDatabase, type Store } from '../../src/store/database.js';

/**
 * The dialects every store test runs on, against real databases: SQLite in memory
 * always, PostgreSQL when RATCHET_TEST_PG names a server (`.ci/run` starts one).
 * Each PostgreSQL test gets a schema of its own, dropped afterwards, so test files
 * running in parallel never see each other's rows.
 */
export interface TestDialect {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh, empty database; closed and removed after the current test. */
  readonly open: (options?: OpenOptions) => Promise<Store>;
}

const pgUrl = process.env.RATCHET_TEST_PG;
let warned = false;

export function testDialects(): TestDialect[] {
  if (!pgUrl && !warned) {
    warned = true;
    console.warn(
      '\n⚠️  PostgreSQL store tests SKIPPED: RATCHET_TEST_PG is not set.\n' +
        '   Set it to a server you can create schemas on, e.g.\n' +
        '   RATCHET_TEST_PG=postgres://postgres@127.0.0.1:5432/test npx vitest run test/store\n',
    );
  }
  const dialects: TestDialect[] = [
    { name: 'sqlite', open: (options) => track(openDatabase('sqlite::memory:', options)) },
  ];
  if (pgUrl) dialects.push({ name: 'postgres', open: openPostgresSchema });
  return dialects;
}

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function track(opening: Promise<Store>): Promise<Store> {
  const store = await opening;
  cleanups.push(() => closeDatabase(store));
  return store;
}

async function openPostgresSchema(options?: OpenOptions): Promise<Store> {
  const { url, drop } = await createPostgresSchema();
  const store = await openDatabase(url, options);
  cleanups.push(async () => {
    await closeDatabase(store);
    await drop();
  });
  return store;
}

/**
 * A URL of a fresh, empty PostgreSQL schema (RATCHET_TEST_PG must be set), for tests that
 * hand a database to another process; dropped after the current test.
 */
export async function freshPostgresUrl(): Promise<string> {
  const { url, drop } = await createPostgresSchema();
  cleanups.push(drop);
  return url;
}

async function createPostgresSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = pgUrl as string;
  const schema = `ratchet_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const drop = async () => {
    const dropper = new pg.Client({ connectionString: url });
    await dropper.connect();
    await dropper.query(`drop schema ${schema} cascade`);
    await dropper.end();
  };
  return { url: withSearchPath(url, schema), drop };
}

/** A connection URL whose sessions resolve unqualified tables in `schema` only. */
export function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}

/** Makes every later INSERT into `table` fail, to prove a transaction rolls back whole. */
export async function failInsertsInto(store: Store, table: string): Promise<void> {
  if (store.dialect === 'sqlite') {
    await sql
      .raw(
        `create trigger fail_${table} before insert on ${table} begin select raise(abort, 'refused by the test'); end`,
      )
      .execute(store.db);
    return;
  }
  await sql
    .raw(
      `create function fail_${table}() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$;
       create trigger fail_${table} before insert on ${table} for each row execute function fail_${table}();`,
    )
    .execute(store.db);
}
