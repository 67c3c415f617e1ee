import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daily, day, endOf, kpi, workspace } from '../test-support/engine-fixtures.js';
import { draftOkrFromKpi, draftTargets } from './draft-okr.js';
import { tightenedRange } from './ratchet-proposals.js';

const responseTime = kpi({
  id: 'response-time',
  name: 'response time',
  unit: 'min',
  owner: 'ana',
  team: 'ops',
  healthy: { max: 30 },
  points: daily('2026-02-01', [52]),
});

describe('drafting an OKR from a KPI in breach', () => {
  it('drafts "Reduce response time from 52 min to 30 min" in the current cycle', () => {
    const result = draftOkrFromKpi(workspace({ kpis: [responseTime] }), 'response-time', endOf('2026-02-10'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.objective.title).toBe('Bring response time back to healthy');
    expect(result.keyResult).toMatchObject({
      title: 'Reduce response time from 52 min to 30 min',
      baseline: 52,
      target: 30,
      kpi: 'response-time',
      owner: 'ana',
      unit: 'min',
    });
    expect(result.objective).toMatchObject({ cycle: 'q1', team: 'ops', owner: 'ana', type: 'committed' });
    expect(result.cycle.id).toBe('q1');
  });

  it('drafts an increase for a KPI below its minimum: CSAT 3.8 to 4.5', () => {
    const csat = kpi({ id: 'csat', name: 'CSAT', healthy: { min: 4.5 }, points: daily('2026-02-01', [3.8]) });
    const result = draftOkrFromKpi(workspace({ kpis: [csat] }), 'csat', endOf('2026-02-10'));
    expect(result.ok && result.keyResult.title).toBe('Increase CSAT from 3.8 to 4.5');
  });

  it('aims at the middle of a between range', () => {
    const utilisation = kpi({
      id: 'util',
      name: 'billable utilisation',
      unit: '%',
      healthy: { min: 70, max: 80 },
      points: daily('2026-02-01', [92]),
    });
    const result = draftOkrFromKpi(workspace({ kpis: [utilisation] }), 'util', endOf('2026-02-10'));
    expect(result.ok && result.keyResult.title).toBe('Reduce billable utilisation from 92% to 75%');
    expect(result.ok && result.keyResult.target).toBe(75);
  });

  it('plans in the next cycle when no cycle contains the instant', () => {
    const ws = workspace({
      kpis: [responseTime],
      cycles: [{ id: 'h2', start: '2026-07-01', end: '2026-12-31' }],
    });
    const result = draftOkrFromKpi(ws, 'response-time', endOf('2026-02-10'));
    expect(result.ok && result.cycle.id).toBe('h2');
  });

  it('prefers the quarter to the year that both contain the instant', () => {
    const ws = workspace({
      kpis: [responseTime],
      cycles: [
        { id: '2026', start: '2026-01-01', end: '2026-12-31' },
        { id: 'q1', start: '2026-01-01', end: '2026-03-31' },
      ],
    });
    expect(draftOkrFromKpi(ws, 'response-time', endOf('2026-02-10'))).toMatchObject({ cycle: { id: 'q1' } });
  });

  it.each([
    ['an unknown KPI', 'nope', {}, 'unknown_kpi'],
    ['a healthy KPI', 'response-time', { points: daily('2026-02-01', [25]) }, 'healthy'],
    ['a KPI with no data', 'response-time', { points: [] }, 'no_data'],
    ['a KPI with no threshold', 'response-time', { healthy: undefined }, 'no_threshold'],
  ])('gives a reason instead of a draft for %s', (_, id, overrides, reason) => {
    const ws = workspace({ kpis: [{ ...responseTime, ...overrides }] });
    const result = draftOkrFromKpi(ws, id, endOf('2026-02-10'));
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.message.length).toBeGreaterThan(10);
  });

  it('gives a reason when there is no current or next cycle', () => {
    const result = draftOkrFromKpi(
      workspace({ kpis: [responseTime], cycles: [] }),
      'response-time',
      day('2026-02-10'),
    );
    expect(result).toMatchObject({ ok: false, reason: 'no_cycle' });
  });
});

describe('a draft that raises the floor', () => {
  const q1 = endOf('2026-02-10');

  it('aims at the bound by default, which cannot ratchet', () => {
    const result = draftOkrFromKpi(workspace({ kpis: [responseTime] }), 'response-time', q1);
    expect(result).toMatchObject({
      ok: true,
      ratchets: false,
      targets: { backToHealthy: 30, raiseTheFloor: 27 },
    });
  });

  it('goes 10% past the bound without a warning band: "Reduce response time from 52 min to 27 min"', () => {
    const result = draftOkrFromKpi(workspace({ kpis: [responseTime] }), 'response-time', q1, {
      stretch: true,
    });
    expect(result.ok && result.keyResult.title).toBe('Reduce response time from 52 min to 27 min');
    expect(result).toMatchObject({ ok: true, ratchets: true, keyResult: { baseline: 52, target: 27 } });
  });

  it('goes past the bound by the warning band’s width', () => {
    const csat = kpi({
      id: 'csat',
      name: 'CSAT',
      healthy: { min: 4.5 },
      warning: { min: 4.2 },
      points: daily('2026-02-01', [3.8]),
    });
    const result = draftOkrFromKpi(workspace({ kpis: [csat] }), 'csat', q1, { stretch: true });
    expect(result.ok && result.keyResult.title).toBe('Increase CSAT from 3.8 to 4.8');
    expect(result.ok && result.keyResult.target).toBe(4.8);
  });

  it.each([
    ['an upper bound with a warning band', { max: 30 }, { max: 45 }, 'max', 15],
    ['an upper bound with a band wider than the bound', { max: 30 }, { max: 90 }, 'max', 27],
    ['a lower bound without a band', { min: 200 }, undefined, 'min', 220],
    [
      'a between range, never past its midpoint',
      { min: 70, max: 80 },
      { min: 60, max: 90 },
      'max',
      undefined,
    ],
    ['a between range with room before its midpoint', { min: 0, max: 100 }, undefined, 'max', 90],
    ['a bound of zero', { max: 0 }, undefined, 'max', undefined],
  ] as const)('takes its stretch target from %s', (_, healthy, warning, side, stretch) => {
    expect(draftTargets(healthy, warning, side).raiseTheFloor).toBe(stretch);
  });

  it('every stretch target lies strictly past the bound and ratchets when achieved', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((b) => Math.abs(b) > 1e-6),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.constantFrom('min' as const, 'max' as const),
        (bound, band, side) => {
          const healthy = { [side]: bound };
          const warning = { [side]: side === 'max' ? bound + band : bound - band };
          const { raiseTheFloor } = draftTargets(healthy, warning, side);
          if (raiseTheFloor === undefined) return;
          expect(side === 'max' ? raiseTheFloor < bound : raiseTheFloor > bound).toBe(true);
          const baseline = side === 'max' ? bound + 1 + Math.abs(bound) : bound - 1 - Math.abs(bound);
          expect(
            tightenedRange(
              { id: 'kr', title: 'kr', weight: 1, checkIns: [], baseline, target: raiseTheFloor },
              healthy,
            ),
          ).toBeDefined();
        },
      ),
    );
  });
});
