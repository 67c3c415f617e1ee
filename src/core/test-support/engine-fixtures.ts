/**
 * Small builders for engine tests: a record with sensible defaults, overridden by what
 * the test is about, so each test states only what matters to it.
 */
import type { DataPoint, KeyResult, Kpi, Objective, Workspace } from '../model.js';
import { DAY_MS, endOfDate, startOfDate } from '../time.js';

/** Midnight UTC of an ISO date; throws on a typo so a test cannot silently use NaN. */
export function day(date: string): number {
  const at = startOfDate(date);
  if (at === undefined) throw new Error(`Not a date: ${date}`);
  return at;
}

/** The last millisecond of an ISO date: "as of that day". */
export function endOf(date: string): number {
  const at = endOfDate(date);
  if (at === undefined) throw new Error(`Not a date: ${date}`);
  return at;
}

/** One point a day from `first`, oldest first. */
export function daily(first: string, values: readonly number[]): DataPoint[] {
  const start = day(first);
  return values.map((value, i) => ({ at: start + i * DAY_MS, value }));
}

/** One point a week from `first`, oldest first. */
export function weekly(first: string, values: readonly number[]): DataPoint[] {
  const start = day(first);
  return values.map((value, i) => ({ at: start + i * 7 * DAY_MS, value }));
}

export function kpi(overrides: Partial<Kpi> = {}): Kpi {
  return { id: 'kpi', name: 'Metric', cadence: 'daily', points: [], ...overrides };
}

export function keyResult(overrides: Partial<KeyResult> = {}): KeyResult {
  return { id: 'kr', title: 'A key result', weight: 1, checkIns: [], ...overrides };
}

export function objective(overrides: Partial<Objective> = {}): Objective {
  return {
    id: 'obj',
    title: 'An objective',
    cycle: 'q1',
    type: 'aspirational',
    keyResults: [],
    ...overrides,
  };
}

/** A workspace with one person `ana`, one team `ops` and the 2026 quarters. */
export function workspace(overrides: Partial<Workspace> = {}): Workspace {
  return {
    name: 'Acme',
    freelancer: false,
    people: [{ id: 'ana', name: 'Ana' }],
    teams: [{ id: 'ops', name: 'Operations' }],
    cycles: [
      { id: 'q1', start: '2026-01-01', end: '2026-03-31' },
      { id: 'q2', start: '2026-04-01', end: '2026-06-30' },
      { id: 'q3', start: '2026-07-01', end: '2026-09-30' },
      { id: 'q4', start: '2026-10-01', end: '2026-12-31' },
    ],
    kpis: [],
    decisions: [],
    objectives: [],
    initiatives: [],
    ...overrides,
  };
}
