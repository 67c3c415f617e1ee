import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../io.js';
import { main } from '../main.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ratchet-cli-'));
  dirs.push(dir);
  return `sqlite:${join(dir, 'r.db')}`;
}

describe('ratchet user add and token create', () => {
  it('adds a user to a workspace and creates a token shown once', async () => {
    const db = freshDb();
    const example = join(process.cwd(), 'examples', 'support-team.yaml');
    const { importWorkspace } = await import('../../service/workspace-import.service.js');
    const { openDatabase, closeDatabase } = await import('../../store/database.js');
    const { parseWorkspace } = await import('../../workspace/index.js');
    const { readFileSync } = await import('node:fs');
    const store = await openDatabase(db);
    const parsed = parseWorkspace(readFileSync(example, 'utf8'), 'support-team.yaml');
    if (!parsed.workspace) throw new Error('example does not parse');
    await importWorkspace(store, parsed.workspace, { actor: 'system', at: 0 });
    await closeDatabase(store);

    const add = memoryIo();
    const addCode = await main(
      [
        'user',
        'add',
        '--email',
        'Maya@acme.example',
        '--password',
        'correct horse battery',
        '--workspace',
        'acme-customer-support',
        '--role',
        'admin',
        '--db',
        db,
      ],
      add,
    );
    expect(add.stderr()).toBe('');
    expect(addCode).toBe(0);
    expect(add.stdout()).toBe('Added maya@acme.example as admin of acme-customer-support.\n');

    const token = memoryIo();
    expect(
      await main(
        ['token', 'create', '--workspace', 'acme-customer-support', '--scope', 'read,ingest', '--db', db],
        token,
      ),
    ).toBe(0);
    expect(token.stdout()).toMatch(/^rt_[A-Za-z0-9_-]{43}\n$/);
    expect(token.stderr()).toMatch(/read, ingest/);
  });

  it('explains a bad role, a short password and an unknown workspace', async () => {
    const db = freshDb();
    const badRole = memoryIo();
    expect(
      await main(
        [
          'user',
          'add',
          '--email',
          'a@b.co',
          '--password',
          'x'.repeat(12),
          '--workspace',
          'w',
          '--role',
          'boss',
          '--db',
          db,
        ],
        badRole,
      ),
    ).toBe(2);
    expect(badRole.stderr()).toMatch(/--role: expected one of owner, admin, editor, viewer/);
    const short = memoryIo();
    expect(await main(['user', 'add', '--email', 'a@b.co', '--password', 'short', '--db', db], short)).toBe(
      2,
    );
    expect(short.stderr()).toMatch(/at least 10 characters/);
    const unknown = memoryIo();
    expect(
      await main(['token', 'create', '--workspace', 'nope', '--scope', 'read', '--db', db], unknown),
    ).toBe(2);
    expect(unknown.stderr()).toMatch(/No workspace "nope" in this database/);
  });
});
