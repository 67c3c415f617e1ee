import { describe, expect, it } from 'vitest';
import { memoryIo } from '../io.js';
import { main } from '../main.js';

describe('ratchet parse', () => {
  it('prints one JSON object per line for each statement argument', async () => {
    const io = memoryIo();
    const code = await main(
      ['parse', '--json', 'Reduce churn from 8% to 5%', 'Hold weekly client meetings'],
      io,
    );
    expect(code).toBe(0);
    const lines = io.stdout().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [churn, meetings] = lines.map((l) => JSON.parse(l));
    expect(churn).toMatchObject({
      kind: 'key_result',
      metric: 'churn',
      direction: 'decrease',
      baseline: 8,
      target: 5,
      unit: '%',
      change: null,
    });
    expect(meetings).toMatchObject({ kind: 'task', findings: [{ rule: 'kr-is-task', severity: 'warning' }] });
  });

  it('reads one statement per line from stdin when given none, skipping blank lines', async () => {
    const io = memoryIo({
      stdin: 'Keep first response time under four hours\n\nResponse time = 52 min (target 30 min)\n',
    });
    expect(await main(['parse', '--json'], io)).toBe(0);
    const readings = io
      .stdout()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(readings.map((r) => [r.kind, r.direction, r.target, r.current, r.unit])).toEqual([
      ['kpi', 'at_most', 4, null, 'h'],
      ['kpi', 'at_most', 30, 52, 'min'],
    ]);
  });

  it('summarises each statement for people, with the why and the coach’s advice', async () => {
    const io = memoryIo();
    await main(['parse', 'Grow newsletter subscribers by 30%'], io);
    const text = io.stdout();
    expect(text).toContain('key result · newsletter subscribers · increase · change +30%');
    expect(text).toContain('why: A key result');
    expect(text).toContain('kr-no-baseline');
  });

  it('shows a KPI’s bound and current value', async () => {
    const io = memoryIo();
    await main(['parse', 'Churn = 8% (target: 5%)'], io);
    expect(io.stdout()).toContain('KPI · churn · at most · ≤ 5%, now 8%');
  });

  it('says how to give statements when there are none', async () => {
    const io = memoryIo({ stdin: '\n  \n' });
    expect(await main(['parse'], io)).toBe(2);
    expect(io.stderr()).toContain('no statement to read');
    expect(io.stderr()).not.toContain('at ');
  });

  it('places dates written without a year after today, or after --as-of', async () => {
    const today = memoryIo({ now: () => Date.parse('2026-11-30T09:00:00Z') });
    await main(['parse', '--json', 'Launch the new pricing page by March'], today);
    expect(JSON.parse(today.stdout()).due).toBe('2027-03-31');
    const then = memoryIo();
    await main(['parse', '--json', '--as-of', '2026-01-10', 'Launch the new pricing page by March'], then);
    expect(JSON.parse(then.stdout()).due).toBe('2026-03-31');
  });

  it('refuses an --as-of that is not a calendar date', async () => {
    const io = memoryIo();
    expect(await main(['parse', '--as-of', '2026-02-30', 'Reduce churn to 3% by Q2'], io)).toBe(2);
    expect(io.stderr()).toContain('--as-of');
  });
});
