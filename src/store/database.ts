import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import type { Notification } from 'pg';
import { type DialectName, RatchetSqliteDialect } from './dialect.js';
import { migrateToLatest } from './migrator.js';
import type { Database } from './tables.js';

/** An open database: SQLite file, SQLite in memory, or a PostgreSQL pool. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** The URL it was opened with, password masked: safe to print. */
  readonly description: string;
  /** The SQLite file, absolute; absent for PostgreSQL and in-memory SQLite. */
  readonly file?: string;
  /**
   * PostgreSQL only: hears `NOTIFY` on a channel through one connection held for it, so
   * several servers on one database tell each other about changes. Resolves to a stop.
   */
  readonly listen?: (channel: string, onMessage: (payload: string) => void) => Promise<() => Promise<void>>;
}

export interface OpenOptions {
  /** Run pending migrations on open (default true). `ratchet migrate` opens without. */
  readonly migrate?: boolean;
  /** Relative SQLite paths resolve against this directory (default: process cwd). */
  readonly cwd?: string;
  /**
   * Read-only commands (report, export): a SQLite file that is not there is an error,
   * never a new database and folder made by a typo (issue 13, defect 8).
   */
  readonly mustExist?: boolean;
}

/** The URL names no database Ratchet can open, or the database cannot be reached. */
export class DatabaseOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

/**
 * Opens `sqlite:<path>`, `sqlite::memory:`, or `postgres://…` / `postgresql://…`, and
 * brings the schema up to date unless told not to.
 */
export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Store> {
  const store = url.startsWith('sqlite:')
    ? openSqlite(url, options.cwd ?? process.cwd(), options.mustExist ?? false)
    : /^postgres(ql)?:\/\//.test(url)
      ? await openPostgres(url)
      : undefined;
  if (!store) {
    throw new DatabaseOpenError(
      `Unknown database URL "${maskPassword(url)}". Ratchet supports sqlite:<path> ` +
        '(e.g. sqlite:./data/ratchet.db, or sqlite::memory: for a throw-away database) and ' +
        'postgres://user:password@host:5432/dbname (postgresql:// works too).',
    );
  }
  if (options.migrate ?? true) {
    try {
      await migrateToLatest(store.db as Kysely<unknown>);
    } catch (error) {
      await closeDatabase(store);
      throw error;
    }
  }
  return store;
}

export async function closeDatabase(store: Store): Promise<void> {
  // A held LISTEN connection would keep the pool from ending: let go of it first.
  const held = listening.get(store.db);
  if (held) await Promise.allSettled([...held].map((stop) => stop()));
  await store.db.destroy();
}

/** Resolves when the database answers a trivial query (readiness checks). */
export async function pingDatabase(store: Store): Promise<void> {
  await sql`select 1`.execute(store.db);
}

/** The stops of every LISTEN connection a store holds, so closing it never waits on them. */
const listening = new WeakMap<Kysely<Database>, Set<() => Promise<void>>>();

/**
 * The file a `sqlite:` URL names, resolved against `cwd`; `:memory:` for an in-memory
 * database; undefined when the URL is not SQLite.
 */
export function sqlitePath(url: string, cwd: string): string | undefined {
  if (!url.startsWith('sqlite:')) return undefined;
  const raw = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
  if (raw === '') {
    throw new DatabaseOpenError('The SQLite URL has no path: write sqlite:./data/ratchet.db.');
  }
  return raw === ':memory:' ? raw : resolve(cwd, raw);
}

function openSqlite(url: string, cwd: string, mustExist: boolean): Store {
  const path = sqlitePath(url, cwd) ?? ':memory:';
  const memory = path === ':memory:';
  if (mustExist && !memory && !existsSync(path)) {
    throw new DatabaseOpenError(
      `There is no database at ${path}. Check --db (or $RATCHET_DB); \`ratchet import <file>\` or \`ratchet serve\` creates one.`,
    );
  }
  let database: BetterSqlite3.Database;
  try {
    if (!memory) mkdirSync(dirname(path), { recursive: true });
    database = new BetterSqlite3(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseOpenError(`Cannot open the SQLite database at ${path}: ${reason}.`);
  }
  applySqlitePragmas(database);
  return {
    db: new Kysely<Database>({ dialect: new RatchetSqliteDialect({ database }) }),
    dialect: 'sqlite',
    description: memory ? 'sqlite::memory:' : `sqlite:${path}`,
    ...(memory ? {} : { file: path }),
  };
}

/**
 * WAL lets readers run beside one writer. synchronous=FULL makes every commit wait for
 * the WAL fsync, so an acknowledged write survives kill -9 and power loss alike (NORMAL
 * would survive kill -9 only); bulk writes batch many rows per commit, so it costs little.
 */
function applySqlitePragmas(database: BetterSqlite3.Database): void {
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  // Another process (the server beside a CLI import) may hold the write lock briefly.
  database.pragma('busy_timeout = 5000');
}

async function openPostgres(url: string): Promise<Store> {
  // Loaded here, on first use: a SQLite store never needs the PostgreSQL driver.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: 10_000,
    // int8 (epoch milliseconds, counts) as JS numbers: exact below 2^53.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === pg.types.builtins.INT8
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const description = maskPassword(url);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseOpenError(
      `Cannot reach PostgreSQL at ${description}: ${reason}. Check that the server is running ` +
        'and that --db or RATCHET_DB names the right host, port, user and database.',
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const held = new Set<() => Promise<void>>();
  listening.set(db, held);
  return {
    db,
    dialect: 'postgres',
    description,
    listen: async (channel, onMessage) => {
      const client = await pool.connect();
      const handler = (message: Notification) => {
        if (message.channel === channel && message.payload !== undefined) onMessage(message.payload);
      };
      client.on('notification', handler);
      await client.query(`LISTEN ${pg.Client.prototype.escapeIdentifier(channel)}`);
      let stopped = false;
      const stop = async () => {
        if (stopped) return;
        stopped = true;
        held.delete(stop);
        client.off('notification', handler);
        try {
          await client.query(`UNLISTEN ${pg.Client.prototype.escapeIdentifier(channel)}`);
        } finally {
          client.release();
        }
      };
      held.add(stop);
      return stop;
    },
  };
}

export function maskPassword(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

/** Runs SQL text written elsewhere (a library's own queries, e.g. the job queue's), as given. */
export async function runRawSql(
  store: Store,
  text: string,
  values: readonly unknown[] = [],
): Promise<unknown[]> {
  const result = await store.db.executeQuery(CompiledQuery.raw(text, [...values]));
  return result.rows as unknown[];
}
