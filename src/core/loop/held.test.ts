import { describe, expect, it } from 'vitest';
import { prepareKpi } from '../kpi/prepared-kpi.js';
import type { DataPoint } from '../model.js';
import { day, endOf, kpi, weekly } from '../test-support/engine-fixtures.js';
import { changeHeld, heldVerdict } from './held.js';

// Churn ratcheted from at most 5% to at most 3% on 1 April; weekly points after that.
const ratcheted = (points: DataPoint[]) =>
  prepareKpi(
    kpi({
      cadence: 'weekly',
      healthy: { max: 3 },
      points,
      thresholdHistory: [{ at: day('2026-04-01'), from: { max: 5 }, to: { max: 3 } }],
    }),
  );

describe('did the ratchet hold?', () => {
  it('is too early while the quarter after the change is still running', () => {
    const k = ratcheted(weekly('2026-04-06', [2.8, 2.9, 2.7]));
    expect(heldVerdict(k, endOf('2026-04-20'))?.verdict).toBe('too_early');
  });

  it('held when every point of the following quarter stayed inside the new range', () => {
    const k = ratcheted(
      weekly(
        '2026-04-06',
        Array.from({ length: 13 }, () => 2.9),
      ),
    );
    expect(heldVerdict(k, endOf('2026-07-10'))).toMatchObject({ verdict: 'held', points: 13, outside: 0 });
  });

  it('slipped as soon as a point after the change left the new range', () => {
    const k = ratcheted(weekly('2026-04-06', [2.8, 3.4, 2.9]));
    expect(heldVerdict(k, endOf('2026-04-20'))).toMatchObject({ verdict: 'slipped', outside: 1 });
  });

  it('says when it slipped (the first point outside) and when the watch ends', () => {
    const k = ratcheted(weekly('2026-04-06', [2.8, 3.4, 3.6, 2.9]));
    const result = heldVerdict(k, endOf('2026-04-30'));
    expect(result?.slippedAt).toBe(day('2026-04-13'));
    expect(result?.watchUntil).toBe(day('2026-04-01') + 91 * 86_400_000);
  });

  it('judges a given earlier ratchet even after a later move', () => {
    const first = { at: day('2026-04-01'), from: { max: 5 }, to: { max: 3 } };
    const k = prepareKpi(
      kpi({
        cadence: 'weekly',
        healthy: { max: 2 },
        points: weekly('2026-04-06', [2.8, 2.9, 2.5, 2.6]),
        thresholdHistory: [first, { at: day('2026-04-15'), from: { max: 3 }, to: { max: 2 } }],
      }),
    );
    expect(heldVerdict(k, endOf('2026-04-30'))?.verdict).toBe('slipped');
    expect(changeHeld(k, first, endOf('2026-04-30'))).toMatchObject({ verdict: 'too_early', outside: 0 });
  });

  it('has no data when the quarter passed without a single point', () => {
    expect(heldVerdict(ratcheted([]), endOf('2026-08-01'))?.verdict).toBe('no_data');
  });

  it('has nothing to say about a KPI never ratcheted, or before its ratchet', () => {
    expect(heldVerdict(prepareKpi(kpi()), endOf('2026-08-01'))).toBeUndefined();
    expect(heldVerdict(ratcheted([]), endOf('2026-03-01'))).toBeUndefined();
  });
});
