import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryIo } from './io.js';
import { main } from './main.js';

/** Issue 13, defect 8: ordinary mistakes were "a bug in Ratchet" (exit 70), and reads created databases. */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ratchet-mistakes-'));
  dirs.push(dir);
  return dir;
}

async function run(argv: string[], cwd: string) {
  const io = memoryIo({ cwd, env: {} });
  const code = await main(argv, io);
  return { code, err: io.stderr() };
}

describe('ordinary mistakes on the command line', () => {
  it('report --db with a typo in the path creates neither the folder nor a database', async () => {
    const dir = tempDir();
    const answer = await run(['report', '--db', `sqlite:${join(dir, 'typo/x.db')}`], dir);
    expect(answer.code).toBe(2);
    expect(answer.err).toMatch(/There is no database at .*typo/);
    expect(existsSync(join(dir, 'typo'))).toBe(false);
  });

  it.each([
    ['user list'],
    ['workspace list'],
    ['workspace rename', 'Acme', 'Acme Ltd'],
    ['user disable', 'ann@example.com'],
    ['token create', '--workspace', 'acme', '--name', 'ci', '--scope', 'read'],
  ])('%s on a database that is not there creates none', async (command, ...rest) => {
    const dir = tempDir();
    const argv = [...command.split(' '), ...rest, '--db', `sqlite:${join(dir, 'typo/x.db')}`];
    const answer = await run(argv, dir);
    expect(answer.code).toBe(2);
    expect(answer.err).toContain('typo/x.db');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('report without a file or database creates no ./data/ratchet.db', async () => {
    const dir = tempDir();
    const answer = await run(['report'], dir);
    expect(answer.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an empty database says so, without naming a workspace "(any)"', async () => {
    const dir = tempDir();
    await run(['migrate', '--db', 'sqlite:empty.db'], dir);
    const answer = await run(['report', '--db', 'sqlite:empty.db'], dir);
    expect(answer.err).toContain('The database has no workspace yet');
    expect(answer.err).not.toContain('(any)');
  });

  it('a file that is not a database is a plain error, not a bug', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.db'), 'these are my notes, not a database\n'.repeat(200));
    const answer = await run(['report', '--db', 'sqlite:notes.db'], dir);
    expect(answer.code).not.toBe(70);
    expect(answer.err).not.toMatch(/bug in Ratchet/);
    expect(answer.err).toMatch(/not a (SQLite )?database/);
  });

  it('a busy port is a plain error, not a bug', async () => {
    const dir = tempDir();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const answer = await run(['serve', '--port', String(port), '--db', 'sqlite::memory:'], dir);
      expect(answer.code).toBe(1);
      expect(answer.err).toContain(`port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
  it('an unknown --host is a plain sentence with exit 1, and serve leaves no database behind', async () => {
    const dir = tempDir();
    // 192.0.2.1 (TEST-NET-1) is an address no machine of ours has: no DNS involved.
    const answer = await run(['serve', '--host', '192.0.2.1', '--port', '0', '--db', 'sqlite:x.db'], dir);
    expect(answer.code).toBe(1);
    expect(answer.err).toContain('cannot listen on host "192.0.2.1"');
    expect(answer.err).not.toMatch(/bug in Ratchet/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a backup into a folder that is not there is a plain sentence with exit 1, and creates nothing', async () => {
    const dir = tempDir();
    await run(['migrate', '--db', 'sqlite:ratchet.db'], dir);
    const before = readdirSync(dir).sort();
    const answer = await run(['backup', 'no-such-folder/monday.db', '--db', 'sqlite:ratchet.db'], dir);
    expect(answer.code).toBe(1);
    expect(answer.err).not.toMatch(/bug in Ratchet/);
    expect(answer.err).toMatch(/no-such-folder/);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
