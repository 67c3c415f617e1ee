import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../io.js';
import { main } from '../main.js';

const fixture = join(import.meta.dirname, '../../../test/fixtures/support-mini.yaml');

async function run(argv: string[], options: Parameters<typeof memoryIo>[0] = {}) {
  const io = memoryIo(options);
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('ratchet report', () => {
  it('prints the JSON contract: statuses in words, fractions in [0, 1]', async () => {
    const { code, out } = await run(['report', fixture, '--as-of', '2026-11-23', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.asOf).toBe('2026-11-23T23:59:59.999Z');
    const frt = report.kpis.find((k: { id: string }) => k.id === 'first-response-time');
    expect(frt).toMatchObject({
      status: 'breach',
      stale: true,
      breachStreak: 4,
      value: 52,
      trend: 'worsening',
    });
    expect(frt.at).toBe('2026-11-09T00:00:00.000Z');
    const [objective] = report.objectives;
    expect(objective).toMatchObject({ id: 'better-support', status: 'at_risk' });
    // 2026-10-01 … 2026-11-23 is 54 of the cycle's 92 days.
    expect(objective.expected).toBeCloseTo(54 / 92, 10);
    const responseTime = objective.keyResults.find((kr: { id: string }) => kr.id === 'response-time');
    // A decreasing KR at 38 of 52→25 is 52% done.
    expect(responseTime.progress).toBeCloseTo(14 / 27, 10);
    expect(responseTime.current).toBe(38);
    expect(responseTime.forecast).not.toBeNull();
    // Only a KR linked to a KPI gets an impact verdict. CSAT has one point before the start,
    // and none since the cycle's midpoint (its KR has no check-in to open the window earlier).
    expect(responseTime.impact).toBeNull();
    const csat = objective.keyResults.find((kr: { id: string }) => kr.id === 'csat-kr');
    expect(csat.impact).toEqual({
      verdict: 'too_little_data',
      before: { median: 3.8, n: 1 },
      after: { median: null, n: 0 },
      shift: null,
      low: null,
      high: null,
    });
    expect(csat.baselineSource).toBe('key_result');
    // Every KPI here has a healthy range, so none gets a suggested one; no guardrails are set.
    expect(report.kpis.map((k: { suggestedHealthy: unknown }) => k.suggestedHealthy)).toEqual([null, null]);
    expect(objective.guardrails).toEqual([]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'unanswered-breach', severity: 'error', ref: 'first-response-time' }),
    );
  });

  it('counts only what was dated on or before the as-of day', async () => {
    const { out } = await run(['report', fixture, '--as-of', '2026-10-19', '--json']);
    const frt = JSON.parse(out).kpis.find((k: { id: string }) => k.id === 'first-response-time');
    expect(frt).toMatchObject({ value: 38, status: 'at_risk', breachStreak: 2 });
  });

  it('reads as a plain-text report without colour when NO_COLOR is set, even on a terminal', async () => {
    const { code, out } = await run(['report', fixture, '--as-of', '2026-11-23'], {
      isTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(code).toBe(0);
    expect(out).not.toContain('\u001b[');
    expect(out).toContain('● breach   First response time');
    expect(out).toContain('Improve the customer support experience');
    expect(out).toMatch(/unanswered-breach \(first-response-time\)/);
    expect(out).toContain('2 KPIs (1 in breach, 0 at risk, 1 healthy) · 1 objective');
  });

  it('colours the report on a terminal', async () => {
    const { out } = await run(['report', fixture, '--as-of', '2026-11-23'], { isTTY: true });
    expect(out).toContain('\u001b[');
  });

  it('takes today as the as-of day when none is given', async () => {
    const { out } = await run(['report', fixture, '--json'], { now: () => Date.UTC(2026, 9, 19, 8) });
    expect(JSON.parse(out).asOf).toBe('2026-10-19T23:59:59.999Z');
  });

  it('says what is wrong with a bad --as-of date, without a stack trace', async () => {
    const { code, err } = await run(['report', fixture, '--as-of', '2026-02-30']);
    expect(code).toBe(2);
    expect(err).toContain('--as-of: expected a calendar date like 2026-03-31, got "2026-02-30"');
    expect(err).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('names a missing file', async () => {
    const { code, err } = await run(['report', 'nowhere.yaml']);
    expect(code).toBe(2);
    expect(err).toContain('cannot read nowhere.yaml: no such file');
  });

  it('lists every problem of a broken file with its line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ratchet-report-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(
      file,
      'version: 1\nworkspace: Broken\ncycles: []\nkpis:\n  - id: a\n    name: A\n    cadence: weekly\n    healthy: { max: four }\n',
    );
    const { code, err } = await run(['report', file]);
    expect(code).toBe(1);
    expect(err).toMatch(/broken\.yaml:8:\d+: kpis\[0\]\.healthy\.max: expected a number, got "four"/);
  });
});

describe('ratchet check', () => {
  it('exits 1 when a finding is an error, for CI', async () => {
    const { code, out } = await run(['check', fixture, '--as-of', '2026-11-23']);
    expect(code).toBe(1);
    expect(out).toContain('unanswered-breach');
  });

  it('with --json, an invalid file is JSON too: ok false and every problem with its place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ratchet-check-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(
      file,
      'version: 1\nworkspace: Broken\ncycles: []\nkpis:\n  - id: a\n    name: A\n    cadence: weekly\n    healthy: { max: four }\n',
    );
    const { code, out } = await run(['check', file, '--json']);
    expect(code).toBe(1);
    const result = JSON.parse(out);
    expect(result).toMatchObject({ ok: false, findings: [] });
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ line: 8, path: 'kpis[0].healthy.max', severity: 'error' }),
    );
  });

  it('exits 0 when nothing is an error', async () => {
    // On 2026-10-10 the response time was still healthy.
    const { code, out } = await run(['check', fixture, '--as-of', '2026-10-10', '--json']);
    const result = JSON.parse(out);
    expect(result.findings.every((f: { severity: string }) => f.severity !== 'error')).toBe(true);
    expect(result.ok).toBe(true);
    expect(code).toBe(0);
  });
});

describe('ratchet report --db', () => {
  it('reports a workspace imported into SQLite exactly as it reports the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ratchet-report-db-'));
    const db = `sqlite:${join(dir, 'ratchet.db')}`;
    expect((await run(['import', fixture, '--db', db], { cwd: dir })).code).toBe(0);
    const fromFile = await run(['report', fixture, '--as-of', '2026-11-23', '--json']);
    const fromDb = await run([
      'report',
      '--db',
      db,
      '--workspace',
      'Support team',
      '--as-of',
      '2026-11-23',
      '--json',
    ]);
    expect(fromDb.code).toBe(0);
    expect(JSON.parse(fromDb.out)).toStrictEqual(JSON.parse(fromFile.out));
  });

  it('refuses a file and --db together', async () => {
    const { code, err } = await run(['report', fixture, '--db', 'sqlite::memory:']);
    expect(code).toBe(2);
    expect(err).toContain('name either a workspace file or --db, not both.');
  });
});
