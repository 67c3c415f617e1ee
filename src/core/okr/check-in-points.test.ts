import { describe, expect, it } from 'vitest';
import { day, kpi, workspace } from '../test-support/engine-fixtures.js';
import { withCheckInPoints } from './check-in-points.js';

const frt = kpi({
  id: 'frt',
  name: 'First response time',
  healthy: { max: 4 },
  points: [{ at: day('2026-02-01'), value: 6 }],
});

function withKr(checkIns: { at: number; value: number; note?: string }[], link: string | null = 'frt') {
  return workspace({
    kpis: [frt],
    objectives: [
      {
        id: 'faster',
        title: 'Answer faster',
        cycle: 'q1',
        type: 'committed',
        keyResults: [
          {
            id: 'kr',
            title: 'Reduce FRT to 3 h',
            baseline: 6,
            target: 3,
            weight: 1,
            checkIns,
            ...(link && { kpi: link }),
          },
        ],
      },
    ],
  });
}

describe('check-ins of a KPI-linked key result read from a file', () => {
  it('become points of the KPI with source check-in', () => {
    const ws = withCheckInPoints(withKr([{ at: day('2026-02-08'), value: 4.5, note: 'Rota started' }]));
    expect(ws.kpis[0]?.points).toEqual([
      { at: day('2026-02-01'), value: 6 },
      { at: day('2026-02-08'), value: 4.5, source: 'check-in', note: 'Rota started' },
    ]);
  });

  it('leave a point already at that instant alone', () => {
    const ws = withCheckInPoints(withKr([{ at: day('2026-02-01'), value: 5 }]));
    expect(ws.kpis[0]?.points).toEqual([{ at: day('2026-02-01'), value: 6 }]);
  });

  it('change nothing for a key result without a KPI', () => {
    const ws = withKr([{ at: day('2026-02-08'), value: 4.5 }], null);
    expect(withCheckInPoints(ws)).toBe(ws);
  });
});
