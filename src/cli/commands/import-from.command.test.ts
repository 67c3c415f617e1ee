import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../io.js';
import { main } from '../main.js';

const examples = join(import.meta.dirname, '..', '..', '..', 'examples', 'imports');
let dir: string;
let db: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ratchet-import-from-'));
  db = `sqlite:${join(dir, 'ratchet.db')}`;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = memoryIo({ cwd: dir, env: { USER: 'ana' }, now: () => Date.parse('2026-11-30T18:00:00Z') });
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

async function weekly(kpi: string) {
  const exported = await run('export', '--format', 'json', '--db', db);
  const file = JSON.parse(exported.out) as {
    kpis: { id: string; points?: { at: string; value: number }[] }[];
  };
  return (file.kpis.find((k) => k.id === kpi)?.points ?? []).map((p) => [p.at, p.value]);
}

describe('ratchet import --from a time tracker', () => {
  it('logs a Toggl Track report on initiatives and computes weekly utilisation from billable hours', async () => {
    await run('import', join(examples, 'utilisation.yaml'), '--db', db);
    const imported = await run(
      'import',
      '--from',
      'toggl',
      join(examples, 'toggl-detailed-report.csv'),
      '--billable-kpi',
      'billable-hours',
      '--db',
      db,
    );
    expect(imported.out).toBe(
      'Imported 6 time entries (48.5 h, 47 h billable); billable hours for 2 weeks on KPI "billable-hours".\n',
    );
    expect(await weekly('billable-hours')).toEqual([
      ['2026-11-16', 24],
      ['2026-11-23', 23],
    ]);
    expect(await weekly('utilisation')).toEqual([
      ['2026-11-16', 75],
      ['2026-11-23', 71.875],
    ]);
  });

  it('reads a Clockify report with day-first dates', async () => {
    await run('import', join(examples, 'utilisation.yaml'), '--db', db);
    const imported = await run(
      'import',
      '--from',
      'clockify',
      join(examples, 'clockify-detailed-report.csv'),
      '--db',
      db,
    );
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Imported 3 time entries (14 h, 12.5 h billable)');
  });

  it('imports nothing from a file with an unknown project and says which rows', async () => {
    await run('import', join(examples, 'utilisation.yaml'), '--db', db);
    const csv = join(dir, 'toggl.csv');
    writeFileSync(
      csv,
      'User,Email,Project,Billable,Start date,Duration\nAna Lima,ana@analima.example,Website redesign,Yes,2026-11-16,02:00:00\nAna Lima,ana@analima.example,Podcast,Yes,2026-11-17,01:00:00\nBo,bo@x.example,Admin,No,2026-11-17,bad\n',
    );
    const refused = await run('import', '--from', 'toggl', csv, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('row 4: the duration "bad" is not between 0 and 24 hours');
    const again = await run('import', '--from', 'toggl', csv, '--dry-run', '--db', db);
    expect(again.err).toContain('row 4');
    writeFileSync(
      csv,
      'User,Email,Project,Billable,Start date,Duration\nAna Lima,ana@analima.example,Podcast,Yes,2026-11-17,01:00:00\nBo,bo@x.example,Admin,No,2026-11-17,01:00:00\n',
    );
    const unknown = await run('import', '--from', 'toggl', csv, '--db', db);
    expect(unknown.err).toContain('row 2: no initiative called "Podcast"');
    expect(unknown.err).toContain('row 3: no person with email or name "bo@x.example"');
    expect(
      (
        await run(
          'import',
          '--from',
          'toggl',
          join(examples, 'toggl-detailed-report.csv'),
          '--dry-run',
          '--db',
          db,
        )
      ).out,
    ).toMatch(/^Would import 6 time entries/);
  });
});

describe('ratchet import --from an OKR sheet', () => {
  it('adds the objectives and key results of a generic OKR CSV, with check-ins for current values', async () => {
    await run('import', join(examples, 'utilisation.yaml'), '--db', db);
    const imported = await run('import', '--from', 'okr-csv', join(examples, 'okr-generic.csv'), '--db', db);
    expect(imported.out).toBe('Imported 2 objectives with 3 key results and 3 check-ins.\n');
    const file = JSON.parse((await run('export', '--format', 'json', '--db', db)).out);
    expect(file.objectives.map((o: { title: string }) => o.title)).toEqual([
      'Keep a steady pipeline of design work',
      'Grow a loyal client base',
      'Be known for accessible design',
    ]);
    expect(file.objectives[1].keyResults[1]).toMatchObject({
      title: 'Cut proposal turnaround from 5 to 2 days',
      owner: 'ana',
      baseline: 5,
      target: 2,
    });
  });

  it('a broken sheet imports nothing and lists every problem by row', async () => {
    await run('import', join(examples, 'utilisation.yaml'), '--db', db);
    const csv = join(dir, 'okrs.csv');
    writeFileSync(
      csv,
      'Objective,Key result,Owner,Baseline,Target,Due\nA,KR one,Zed,1,2,2026-12-31\n,KR two,ana,x,2,2027-06-30\n',
    );
    const refused = await run('import', '--from', 'viva-goals', csv, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('row 3: baseline "x" is not a number');
    writeFileSync(
      csv,
      'Objective,Key result,Owner,Baseline,Target,Due\nA,KR one,Zed,1,2,2026-12-31\n,KR two,ana,1,2,2027-06-30\n',
    );
    const unknown = await run('import', '--from', 'perdoo', csv, '--db', db);
    expect(unknown.err).toContain('row 2: no person with id, email or name "Zed"');
    expect(unknown.err).toContain('row 3: no cycle contains 2027-06-30; name one with --cycle <id>');
    const file = JSON.parse((await run('export', '--format', 'json', '--db', db)).out);
    expect(file.objectives).toHaveLength(1);
  });
});
