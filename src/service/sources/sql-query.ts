import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolvedHostProblem } from '../net/outbound-guard.js';
import { SourceRunError } from './source-run-error.js';

export interface SqlOptions {
  readonly timeoutMs: number;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Runs a source's query read-only: on PostgreSQL in a READ ONLY transaction with a
 * statement timeout (rolled back, so nothing it did could last); on SQLite on a
 * connection opened read-only, refusing any statement that writes, in a child process
 * that is killed at the timeout.
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
  // Loaded on first use: most servers never query a PostgreSQL source.
  const { default: pg } = await import('pg');
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

const SQLITE_READER = `
const Database = require(process.env.RATCHET_SQLITE_MODULE);
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  const { file, query } = JSON.parse(input);
  let db;
  let answer;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const statement = db.prepare(query);
    if (!statement.readonly) answer = { error: 'the query tries to write; a source may only read (select)' };
    else if (!statement.reader) answer = { error: 'the statement returns no rows; a source query selects at and value' };
    else answer = { rows: statement.all() };
  } catch (error) {
    answer = { error: 'the query failed: ' + (error && error.message ? error.message : String(error)) };
  } finally {
    if (db) db.close();
  }
  process.stdout.write(JSON.stringify(answer));
});
`;

async function runSqlite(
  file: string,
  query: string,
  options: SqlOptions,
): Promise<Record<string, unknown>[]> {
  if (options.env.RATCHET_ALLOW_PRIVATE_WEBHOOKS !== '1') {
    throw new SourceRunError(
      'a SQLite source reads a file on the server itself, which Ratchet allows only when RATCHET_ALLOW_PRIVATE_WEBHOOKS=1',
    );
  }
  // A child process, killed at the timeout: SQLite cannot be interrupted from another
  // thread, and a worker thread stuck in native code cannot be stopped.
  const child = spawn(process.execPath, ['-e', SQLITE_READER], {
    env: { RATCHET_SQLITE_MODULE: createRequire(import.meta.url).resolve('better-sqlite3') },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const answer = await new Promise<{ rows?: Record<string, unknown>[]; error?: string }>(
    (resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(
          new SourceRunError(
            `the query ran longer than ${options.timeoutMs / 1000} s and was stopped; make it cheaper`,
          ),
        );
      }, options.timeoutMs);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
      });
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(new SourceRunError(`the query failed: ${error.message}`));
      });
      child.on('close', () => {
        clearTimeout(timer);
        try {
          resolve(JSON.parse(out) as { rows?: Record<string, unknown>[]; error?: string });
        } catch {
          reject(new SourceRunError('the query failed: the reader stopped without an answer'));
        }
      });
      child.stdin.end(JSON.stringify({ file, query }));
    },
  );
  if (answer.error !== undefined)
    throw new SourceRunError(answer.error.replace(/unable to open database file/, `cannot open ${file}`));
  return answer.rows ?? [];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
