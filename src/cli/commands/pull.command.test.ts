import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, startJsonServer } from '../../../test/sources/json-server.js';
import { parseWorkspace } from '../../workspace/index.js';
import { memoryIo } from '../io.js';
import { main } from '../main.js';

let dir: string;
let db: string;
let server: Awaited<ReturnType<typeof startJsonServer>>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ratchet-pull-'));
  db = `sqlite:${join(dir, 'ratchet.db')}`;
  server = await startJsonServer({
    '/hours': json({ billable: 30, available: 40 }),
    '/down': (_req, res) => {
      res.writeHead(500);
      res.end();
    },
  });
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const io = memoryIo({
    cwd: dir,
    env: { USER: 'maya', RATCHET_ALLOW_PRIVATE_WEBHOOKS: '1' },
    now: () => Date.parse('2026-11-30T09:00:00Z'),
  });
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

function goals(): string {
  return `version: 1
workspace: Solo
kpis:
  - id: billable-hours
    name: Billable hours
    cadence: weekly
    source:
      kind: http
      url: ${server.url('/hours')}
      value: billable
      headers:
        Authorization: Bearer tok-123
  - id: available-hours
    name: Available hours
    cadence: weekly
    source:
      kind: sql
      connection: sqlite:${join(dir, 'none.db')}
      query: select 40 as value
  - id: utilisation
    name: Utilisation
    unit: '%'
    cadence: weekly
    source:
      kind: formula
      expression: billable_hours / available_hours * 100
  - id: down
    name: Down
    cadence: daily
    source: {kind: http, url: "${server.url('/down')}", value: v}
`;
}

describe('ratchet pull', () => {
  it('runs the due sources, prints each run and exits 1 when one failed', async () => {
    writeFileSync(join(dir, 'goals.yaml'), goals());
    expect((await run('import', 'goals.yaml', '--db', db)).code).toBe(0);
    const pulled = await run('pull', '--db', db);
    expect(pulled.out).toContain('✓ billable-hours (http): 1 point, latest 30');
    expect(pulled.out).toMatch(/✗ available-hours \(sql\): .*cannot open/);
    expect(pulled.out).toContain('✗ down (http): 127.0.0.1');
    expect(pulled.out).toContain('answered 500');
    expect(pulled.code).toBe(1);
    expect((await run('pull', '--db', db)).out).toContain('No source is due');
    expect((await run('pull', '--kpi', 'nope', '--db', db)).err).toContain('No source on KPI "nope"');
  }, 20_000);

  it('exports sources without their secrets, and imports that file back without losing them', async () => {
    writeFileSync(join(dir, 'goals.yaml'), goals());
    await run('import', 'goals.yaml', '--db', db);
    const exported = await run('export', '--db', db);
    expect(exported.out).not.toContain('tok-123');
    expect(exported.out).toContain('Authorization: <secret>');
    expect(exported.out).toContain('connection: <secret>');
    writeFileSync(join(dir, 'exported.yaml'), exported.out);
    expect((await run('import', 'exported.yaml', '--db', db)).code).toBe(0);
    const withSecrets = await run('export', '--include-secrets', '--db', db);
    const original = parseWorkspace(goals(), 'goals.yaml').workspace;
    expect(parseWorkspace(withSecrets.out, 'again.yaml').workspace).toEqual(original);
    expect((await run('pull', '--kpi', 'billable-hours', '--db', db)).out).toContain('latest 30');
  });
});
