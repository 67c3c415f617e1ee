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

async function run(args: readonly string[], db: string, stdin?: string) {
  const io = memoryIo(stdin === undefined ? {} : { stdin });
  const code = await main([...args, '--db', db], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('ratchet workspace', () => {
  it('creates, lists, renames and deletes workspaces, finding each by name or slug', async () => {
    const db = freshDb();
    // Listing never creates the database; `ratchet migrate` makes an empty one.
    expect((await run(['workspace', 'list'], db)).err).toMatch(/There is no database at/);
    expect((await run(['migrate'], db)).code).toBe(0);
    expect((await run(['workspace', 'list'], db)).out).toMatch(/No workspaces yet/);
    const created = await run(['workspace', 'create', 'Acme Support'], db);
    expect(created).toMatchObject({ code: 0, err: '' });
    expect(created.out).toMatch(/Created the workspace "Acme Support" \(slug acme-support\)/);
    expect((await run(['workspace', 'create', 'Ada freelance', '--freelancer'], db)).out).toMatch(
      /freelancer workspace "Ada freelance" \(slug ada-freelance\)/,
    );

    const listed = JSON.parse((await run(['workspace', 'list', '--json'], db)).out);
    expect(listed).toEqual([
      expect.objectContaining({ name: 'Acme Support', slug: 'acme-support', freelancer: false, members: 0 }),
      expect.objectContaining({ name: 'Ada freelance', slug: 'ada-freelance', freelancer: true }),
    ]);

    expect((await run(['workspace', 'rename', 'acme-support', 'Acme Care'], db)).out).toBe(
      'Renamed acme-support to "Acme Care".\n',
    );
    const table = (await run(['workspace', 'list'], db)).out;
    expect(table).toMatch(/^name\s+slug\s+kind\s+members\n/);
    expect(table).toMatch(/Acme Care\s+acme-support\s+team\s+0/);

    const unconfirmed = await run(['workspace', 'delete', 'Acme Care'], db);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.err).toMatch(/ratchet workspace delete acme-support --yes/);
    expect((await run(['workspace', 'delete', 'Acme Care', '--yes'], db)).out).toMatch(
      /Deleted the workspace/,
    );
    expect(JSON.parse((await run(['workspace', 'list', '--json'], db)).out)).toHaveLength(1);
  });

  it('refuses a name already taken and an unknown workspace, in words', async () => {
    const db = freshDb();
    await run(['workspace', 'create', 'Acme'], db);
    const twice = await run(['workspace', 'create', 'Acme'], db);
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/already called "Acme" \(slug acme\); choose another name/);
    const unknown = await run(['workspace', 'rename', 'Nope', 'Else'], db);
    expect(unknown.err).toMatch(/No workspace "Nope" in this database. Known workspaces: Acme/);
  });
});

describe('ratchet user', () => {
  it('grants a role to an existing account without touching its password', async () => {
    const db = freshDb();
    await run(['workspace', 'create', 'Acme'], db);
    await run(['workspace', 'create', 'Beta Labs'], db);
    await run(
      ['user', 'add', '--email', 'maya@acme.example', '--workspace', 'Acme', '--role', 'owner'],
      db,
      'correct horse battery\n',
    );
    const granted = await run(
      ['user', 'add', '--email', 'maya@acme.example', '--workspace', 'beta-labs', '--role', 'viewer'],
      db,
    );
    expect(granted).toMatchObject({ code: 0, out: 'Kept maya@acme.example as viewer of beta-labs.\n' });

    const { openDatabase, closeDatabase } = await import('../../store/database.js');
    const { signIn } = await import('../../service/accounts/session.service.js');
    const store = await openDatabase(db);
    const session = await signIn(
      store.db,
      { email: 'maya@acme.example', password: 'correct horse battery' },
      1,
    );
    await closeDatabase(store);
    expect(session?.user.email).toBe('maya@acme.example');

    const noPassword = await run(['user', 'add', '--email', 'new@acme.example', '--workspace', 'Acme'], db);
    expect(noPassword.code).toBe(2);
    expect(noPassword.err).toMatch(/new@acme.example has no account yet, so it needs a password/);
  });

  it('lists accounts with their roles, disables, enables and removes them', async () => {
    const db = freshDb();
    await run(['workspace', 'create', 'Acme'], db);
    await run(
      [
        'user',
        'add',
        '--email',
        'owner@acme.example',
        '--password',
        'correct horse battery',
        '--workspace',
        'Acme',
        '--role',
        'owner',
      ],
      db,
    );
    await run(
      [
        'user',
        'add',
        '--email',
        'ed@acme.example',
        '--password',
        'correct horse battery',
        '--workspace',
        'acme',
      ],
      db,
    );

    expect(JSON.parse((await run(['user', 'list', '--json'], db)).out)).toEqual([
      expect.objectContaining({
        email: 'ed@acme.example',
        disabled: false,
        workspaces: [{ workspace: 'acme', role: 'editor' }],
      }),
      expect.objectContaining({
        email: 'owner@acme.example',
        workspaces: [{ workspace: 'acme', role: 'owner' }],
      }),
    ]);
    expect((await run(['user', 'disable', 'ed@acme.example'], db)).out).toBe(
      'ed@acme.example is disabled.\n',
    );
    expect((await run(['user', 'list'], db)).out).toMatch(
      /ed@acme\.example\s+ed\s+disabled\s+acme \(editor\)/,
    );
    expect((await run(['user', 'enable', 'ed@acme.example'], db)).out).toBe('ed@acme.example is enabled.\n');
    expect((await run(['user', 'remove', 'ed@acme.example'], db)).out).toBe(
      'Removed the account ed@acme.example.\n',
    );

    const soleOwner = await run(['user', 'disable', 'owner@acme.example'], db);
    expect(soleOwner.code).toBe(2);
    expect(soleOwner.err).toMatch(/only owner of acme; make someone else owner first/);
    expect((await run(['user', 'remove', 'nobody@acme.example'], db)).err).toMatch(
      /No account "nobody@acme.example" in this database/,
    );
  });
});
