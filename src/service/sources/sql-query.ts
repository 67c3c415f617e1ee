import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { resolvedHostProblem } from '../net/outbound-guard.js';
import { SourceRunError } from './source-run-error.js';

export interface SqlOptions {
  readonly timeoutMs: number;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Runs a source's query read-only: on PostgreSQL in a READ ONLY transaction with a
 * statement timeout (rolled back, so nothing it did could last); on SQLite on a
 * connection opened read-only, refusing any statement that writes, in a worker thread
 * that is stopped at the timeout (SQLite cannot interrupt a query from another thread).
 */
export async function runSqlQuery(
  connection: string,
  query: string,
  options: SqlOptions,
): Promise<Record<string, unknown>[]> {
  if (/^sqlite:/i.test(connection))
    return runSqlite(connection.replace(/^sqlite:(\/\/)?/i, ''), query, options);
  return runPostgres(connection, query, options);
}

async function runPostgres(
  connection: string,
  query: string,
  options: SqlOptions,
): Promise<Record<string, unknown>[]> {
  let host: string;
  try {
    host = new URL(connection).hostname || 'localhost';
  } catch {
    throw new SourceRunError('the connection is not a PostgreSQL URL like postgres://user:password@host/db');
  }
  const refused = await resolvedHostProblem(host.replace(/^\[|\]$/g, ''), options.env);
  if (refused !== undefined) throw new SourceRunError(refused);
  const client = new pg.Client({ connectionString: connection, connectionTimeoutMillis: options.timeoutMs });
  client.on('error', () => {
    // A dropped connection surfaces through the pending query; nothing to do here.
  });
  try {
    await client.connect();
  } catch (error) {
    throw new SourceRunError(`could not connect to the database at ${host}: ${messageOf(error)}`);
  }
  try {
    await client.query('begin read only');
    await client.query(`set local statement_timeout = ${Math.max(1, Math.floor(options.timeoutMs))}`);
    const result = await client.query(query);
    return result.rows as Record<string, unknown>[];
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '25006')
      throw new SourceRunError('the query tries to write; a source may only read (select)');
    if (code === '57014')
      throw new SourceRunError(
        `the query ran longer than ${options.timeoutMs / 1000} s and was stopped; make it cheaper`,
      );
    throw new SourceRunError(`the query failed: ${messageOf(error)}`);
  } finally {
    await client.query('rollback').catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

const SQLITE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  const statement = db.prepare(workerData.query);
  if (!statement.readonly) parentPort.postMessage({ error: 'the query tries to write; a source may only read (select)' });
  else if (!statement.reader) parentPort.postMessage({ error: 'the statement returns no rows; a source query selects at and value' });
  else parentPort.postMessage({ rows: statement.all() });
} catch (error) {
  parentPort.postMessage({ error: 'the query failed: ' + (error && error.message ? error.message : String(error)) });
} finally {
  if (db) db.close();
}
`;

async function runSqlite(
  file: string,
  query: string,
  options: SqlOptions,
): Promise<Record<string, unknown>[]> {
  if (!options.env.RATCHET_ALLOW_PRIVATE_WEBHOOKS || options.env.RATCHET_ALLOW_PRIVATE_WEBHOOKS !== '1') {
    throw new SourceRunError(
      'a SQLite source reads a file on the server itself, which Ratchet allows only when RATCHET_ALLOW_PRIVATE_WEBHOOKS=1',
    );
  }
  const { createRequire } = await import('node:module');
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(SQLITE_WORKER, { eval: true, workerData: { module, file, query } });
  try {
    const answer = await new Promise<{ rows?: Record<string, unknown>[]; error?: string }>(
      (resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new SourceRunError(
                `the query ran longer than ${options.timeoutMs / 1000} s and was stopped; make it cheaper`,
              ),
            ),
          options.timeoutMs,
        );
        worker.once('message', (message) => {
          clearTimeout(timer);
          resolve(message as { rows?: Record<string, unknown>[]; error?: string });
        });
        worker.once('error', (error) => {
          clearTimeout(timer);
          reject(new SourceRunError(`the query failed: ${error.message}`));
        });
      },
    );
    if (answer.error !== undefined)
      throw new SourceRunError(answer.error.replace(/unable to open database file/, `cannot open ${file}`));
    return answer.rows ?? [];
  } finally {
    await worker.terminate();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
