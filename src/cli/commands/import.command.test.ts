import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseWorkspace } from '../../workspace/index.js';
import { memoryIo } from '../io.js';
import { main } from '../main.js';

const example = join(import.meta.dirname, '..', '..', '..', 'examples', 'support-team.yaml');
let dir: string;
let db: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ratchet-cli-'));
  db = `sqlite:${join(dir, 'ratchet.db')}`;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = memoryIo({ cwd: dir, env: { USER: 'maya' } });
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('ratchet import and export', () => {
  it('round-trips the support team example through SQLite', async () => {
    const imported = await run('import', example, '--db', db);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(
      /^Created workspace "Acme Customer Support" in sqlite:.*ratchet\.db: \d+ records added/,
    );
    const exported = await run('export', '--db', db);
    expect(exported.code).toBe(0);
    const original = parseWorkspace(readFileSync(example, 'utf8'), 'support-team.yaml').workspace;
    expect(parseWorkspace(exported.out, 'exported.yaml').workspace).toEqual(original);
  });

  it('stores a check-in on a KPI-linked key result as a point of the KPI too', async () => {
    const mini = readFileSync(join(import.meta.dirname, '../../../test/fixtures/support-mini.yaml'), 'utf8');
    const file = join(dir, 'checked-in.yaml');
    writeFileSync(
      file,
      `${mini.trimEnd()}\n        checkIns:\n          - { at: 2026-11-20, value: 4.3, note: New macros }\n`,
    );
    expect((await run('import', file, '--db', db)).code).toBe(0);
    const exported = parseWorkspace((await run('export', '--db', db)).out, 'exported.yaml').workspace;
    expect(exported?.kpis.find((k) => k.id === 'csat')?.points.at(-1)).toEqual({
      at: Date.UTC(2026, 10, 20),
      value: 4.3,
      note: 'New macros',
      source: 'check-in',
    });
  });

  it('exports JSON when asked, and refuses an unknown format', async () => {
    await run('import', example, '--db', db);
    const json = await run('export', '--format', 'json', '--db', db);
    expect(JSON.parse(json.out).workspace).toBe('Acme Customer Support');
    const xml = await run('export', '--format', 'xml', '--db', db);
    expect(xml.code).toBe(2);
    expect(xml.err).toContain('unknown format "xml": use --format yaml or --format json.');
  });

  it('a broken file prints its diagnostics, exits 1 and changes nothing', async () => {
    await run('import', example, '--db', db, '--workspace', 'Support');
    const broken = join(dir, 'broken.yaml');
    writeFileSync(
      broken,
      'version: 1\nworkspace: Support\nkpis:\n  - id: x\n    name: X\n    cadence: hourly\n',
    );
    const attempt = await run('import', broken, '--db', db);
    expect(attempt.code).toBe(1);
    expect(attempt.err).toMatch(/broken\.yaml:6/);
    const after = await run('export', '--workspace', 'Support', '--db', db);
    expect(after.out).toContain('first-response-time');
  });

  it('RATCHET_DB names the database when --db is absent', async () => {
    const io = memoryIo({ cwd: dir, env: { RATCHET_DB: db } });
    expect(await main(['import', example], io)).toBe(0);
    expect(io.stdout()).toContain(join(dir, 'ratchet.db'));
  });

  it('export names the workspaces it knows when asked for a missing one', async () => {
    await run('import', example, '--db', db);
    const missing = await run('export', '--workspace', 'Nope', '--db', db);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(
      'No workspace "Nope" in this database. Known workspaces: Acme Customer Support.',
    );
  });

  it('an unknown database scheme says which ones work', async () => {
    const attempt = await run('export', '--db', 'mongodb://x');
    expect(attempt.err).toMatch(/Ratchet supports sqlite:<path>/);
  });
});
