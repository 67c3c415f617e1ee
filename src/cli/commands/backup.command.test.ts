import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
