import { describe, expect, it } from 'vitest';
import { prepareKpi } from '../kpi/prepared-kpi.js';
import type { Kpi, Workspace } from '../model.js';
import { day, endOf, keyResult, kpi, objective, weekly, workspace } from '../test-support/engine-fixtures.js';
import { buildLoopIndex } from './loop-index.js';
import { isNoise } from './noise.js';

// Page load time, weekly, always under its 3 s ceiling for all of 2026 so far.
const quiet: Kpi = kpi({
  id: 'load',
  cadence: 'weekly',
  healthy: { max: 3 },
  points: weekly(
    '2026-01-05',
    Array.from({ length: 40 }, () => 2.1),
  ),
});
const asOf = endOf('2026-10-01');

const noise = (k: Kpi, ws: Workspace = workspace({ kpis: [k] })) =>
  isNoise(prepareKpi(k), buildLoopIndex(ws), asOf);

describe('noise', () => {
  it('is a KPI that never left its range and led to nothing in 180 days', () => {
    expect(noise(quiet)).toBe(true);
  });

  it('is not a KPI that left its range once in the window', () => {
    const points = quiet.points.map((p, i) => (i === 30 ? { ...p, value: 3.5 } : p));
    expect(noise({ ...quiet, points })).toBe(false);
  });

  it('is not a KPI that led to a decision or a KR', () => {
    const decided = workspace({
      kpis: [quiet],
      decisions: [{ kpi: 'load', at: day('2026-06-01'), by: 'ana', text: 'Keep it.' }],
    });
    expect(noise(quiet, decided)).toBe(false);
    const linked = workspace({
      kpis: [quiet],
      objectives: [objective({ cycle: 'q2', keyResults: [keyResult({ kpi: 'load' })] })],
    });
    expect(noise(quiet, linked)).toBe(false);
  });

  it('is not judged for a KPI younger than 180 days, silent in the window, or without a range', () => {
    expect(noise({ ...quiet, points: quiet.points.slice(20) })).toBe(false);
    expect(noise({ ...quiet, points: quiet.points.slice(0, 5) })).toBe(false);
    expect(noise({ ...quiet, healthy: undefined })).toBe(false);
  });
});
