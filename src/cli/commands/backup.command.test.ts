import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start-server.js';
import { memoryIo } from '../io.js';
import { main } from '../main.js';

const example = join(import.meta.dirname, '..', '..', '..', 'examples', 'support-team.yaml');
let dir: string;
let db: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ratchet-backup-'));
  db = `sqlite:${join(dir, 'ratchet.db')}`;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('ratchet migrate, backup and restore', () => {
  it('migrate creates the schema once and then says it is up to date', async () => {
    expect((await run('migrate', '--db', db)).out).toMatch(/^Migrated sqlite:.*: 2026-11-23-001-core/);
    expect((await run('migrate', '--db', db)).out).toMatch(/is up to date/);
  });

  it('a backup restored over a changed database brings the old content back and keeps the replaced one', async () => {
    await run('import', example, '--db', db);
    expect((await run('backup', 'monday.db', '--db', db)).out).toMatch(
      /^Backed up .* to monday\.db \(\d+ bytes\)/,
    );
    await run('import', example, '--db', db, '--workspace', 'Scratch');
    const restored = await run('restore', 'monday.db', '--db', db);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain('1 workspace: Acme Customer Support');
    expect((await run('export', '--workspace', 'Scratch', '--db', db)).code).toBe(2);
    expect(readdirSync(dir).some((f) => f.startsWith('ratchet.db.before-restore-'))).toBe(true);
  });

  it('restore refuses while ratchet serve uses the database, naming the process, and works once it stops', async () => {
    await run('import', example, '--db', db);
    await run('backup', 'monday.db', '--db', db);
    const server = await startServer({
      databaseUrl: db,
      port: 0,
      host: '127.0.0.1',
      trustProxy: false,
      logger: pino({ level: 'silent' }),
    });
    try {
      const refused = await run('restore', 'monday.db', '--db', db);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain(`ratchet serve\` (process ${process.pid})`);
      expect(readdirSync(dir).some((f) => f.startsWith('ratchet.db.before-restore-'))).toBe(false);
    } finally {
      await server.stop();
    }
    expect((await run('restore', 'monday.db', '--db', db)).code).toBe(0);
  });

  it('backup refuses to overwrite an existing file', async () => {
    await run('migrate', '--db', db);
    writeFileSync(join(dir, 'taken.db'), 'x');
    expect((await run('backup', 'taken.db', '--db', db)).err).toContain('taken.db already exists');
  });

  it('restore refuses a file that is not a Ratchet database and leaves the database alone', async () => {
    await run('import', example, '--db', db);
    writeFileSync(join(dir, 'notes.txt'), 'not a database');
    const attempt = await run('restore', 'notes.txt', '--db', db);
    expect(attempt.code).toBe(1);
    expect(attempt.err).toMatch(/nothing restored: .*notes\.txt is not a healthy SQLite database/);
    expect((await run('export', '--db', db)).out).toContain('Acme Customer Support');
  });

  it('PostgreSQL backups are pg_dump’s job, and the message says how', async () => {
    const attempt = await run('backup', 'x.db', '--db', 'postgres://localhost/ratchet');
    expect(attempt.err).toContain('pg_dump --format=custom');
    expect(existsSync(join(dir, 'x.db'))).toBe(false);
  });
});
