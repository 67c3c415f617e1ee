/**
 * A deterministic, realistic-looking workspace of any size, for benchmarks. The same
 * options always give the same workspace (a seeded PRNG), so timings compare across runs.
 */
import type {
  Cadence,
  CheckIn,
  Cycle,
  DataPoint,
  Decision,
  Instant,
  KeyResult,
  Kpi,
  Objective,
  Person,
  Range,
  Team,
  Workspace,
} from '../src/core/model.js';
import { DAY_MS, endOfDate, startOfDate } from '../src/core/time.js';

export interface GenerateOptions {
  readonly kpis?: number;
  /** Daily points per KPI, ending on `lastDay`. */
  readonly pointsPerKpi?: number;
  readonly objectives?: number;
  readonly keyResultsPerObjective?: number;
  /** One in how many KRs is linked to a KPI. */
  readonly linkEvery?: number;
  readonly teams?: number;
  readonly people?: number;
  /** The last day with data, `YYYY-MM-DD`. */
  readonly lastDay?: string;
  readonly seed?: number;
}

export interface GeneratedWorkspace {
  readonly workspace: Workspace;
  /** The end of `lastDay`: the natural instant to evaluate at. */
  readonly asOf: Instant;
}

export function generateWorkspace(opts: GenerateOptions = {}): GeneratedWorkspace {
  const o = {
    kpis: 1000,
    pointsPerKpi: 365,
    objectives: 500,
    keyResultsPerObjective: 4,
    linkEvery: 4,
    teams: 40,
    people: 120,
    lastDay: '2025-12-31',
    seed: 42,
    ...opts,
  };
  const random = mulberry32(o.seed);
  const asOf = endOfDate(o.lastDay) ?? 0;
  const lastMidnight = startOfDate(o.lastDay) ?? 0;
  const firstDay = lastMidnight - (o.pointsPerKpi - 1) * DAY_MS;

  const people: Person[] = Array.from({ length: o.people }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` }));
  const teams: Team[] = Array.from({ length: o.teams }, (_, i) => ({
    id: `t${i}`,
    name: `Team ${i}`,
    ...(i > 0 && { parent: 't0' }),
  }));
  const cycles = quartersCovering(firstDay, asOf);
  const kpis = Array.from({ length: o.kpis }, (_, i) => generateKpi(i, o, firstDay, random));
  const decisions: Decision[] = kpis
    .filter((_, i) => i % 10 === 0)
    .map((k, i) => ({
      kpi: k.id,
      at: asOf - (i % 60) * DAY_MS,
      by: `p${i % o.people}`,
      text: 'Hold course.',
    }));
  const objectives = Array.from({ length: o.objectives }, (_, i) =>
    generateObjective(i, o, cycles, kpis, random),
  );
  return {
    asOf,
    workspace: {
      name: 'Benchmark Inc.',
      freelancer: false,
      locale: 'en-GB',
      people,
      teams,
      cycles,
      kpis,
      decisions,
      objectives,
      initiatives: [],
    },
  };
}

const CADENCES: readonly Cadence[] = ['daily', 'daily', 'weekly', 'monthly'];

function generateKpi(
  i: number,
  o: { pointsPerKpi: number; teams: number; people: number },
  firstDay: Instant,
  random: () => number,
): Kpi {
  const level = 10 + random() * 90;
  const points: DataPoint[] = [];
  let value = level;
  for (let d = 0; d < o.pointsPerKpi; d++) {
    value = Math.max(0, value + (random() - 0.5) * level * 0.05);
    points.push({ at: firstDay + d * DAY_MS, value: Math.round(value * 100) / 100 });
  }
  // One KPI in ten arrives newest first, as an export from another tool might.
  if (i % 10 === 3) points.reverse();
  const shape = i % 4;
  const healthy: Range | undefined =
    shape === 0
      ? { max: level * 1.1 }
      : shape === 1
        ? { min: level * 0.9 }
        : shape === 2
          ? { min: level * 0.8, max: level * 1.2 }
          : i % 8 === 3
            ? undefined
            : { max: level };
  const warning: Range | undefined = shape === 0 ? { max: level * 1.3 } : undefined;
  return {
    id: `kpi-${i}`,
    name: `Metric ${i}`,
    unit: i % 3 === 0 ? '%' : 'min',
    owner: `p${i % o.people}`,
    team: `t${i % o.teams}`,
    cadence: CADENCES[i % CADENCES.length] as Cadence,
    ...(healthy && { healthy }),
    ...(warning && { warning }),
    points,
    ...(i % 50 === 0 &&
      healthy && {
        thresholdHistory: [{ at: firstDay + 200 * DAY_MS, from: healthy, to: healthy, reason: 'Ratchet' }],
      }),
  };
}

function generateObjective(
  i: number,
  o: { keyResultsPerObjective: number; linkEvery: number; teams: number; people: number },
  cycles: readonly Cycle[],
  kpis: readonly Kpi[],
  random: () => number,
): Objective {
  const cycle = cycles[i % cycles.length] as Cycle;
  const start = startOfDate(cycle.start) ?? 0;
  const keyResults: KeyResult[] = [];
  for (let k = 0; k < o.keyResultsPerObjective; k++) {
    const n = i * o.keyResultsPerObjective + k;
    const baseline = Math.round(random() * 100);
    const target = baseline + (random() < 0.5 ? -1 : 1) * (10 + Math.round(random() * 40));
    const checkIns: CheckIn[] = [];
    for (let w = 0; w < 13; w++) {
      const share = (w + 1) / 13;
      checkIns.push({
        at: start + w * 7 * DAY_MS,
        value: baseline + (target - baseline) * share * (0.5 + random() * 0.7),
        confidence: Math.round(random() * 10) / 10,
      });
    }
    const linked = n % o.linkEvery === 0 ? kpis[n % kpis.length] : undefined;
    keyResults.push({
      id: `kr-${n}`,
      title: `Move result ${n} from ${baseline} to ${target}`,
      owner: `p${n % o.people}`,
      baseline,
      target,
      weight: 1 + (k % 2),
      ...(linked && { kpi: linked.id }),
      ...(n % 37 === 0 && { milestone: true, done: n % 2 === 0 }),
      checkIns,
    });
  }
  return {
    id: `obj-${i}`,
    title: `Objective ${i}`,
    owner: `p${i % o.people}`,
    team: `t${i % o.teams}`,
    cycle: cycle.id,
    type: i % 5 === 0 ? 'committed' : 'aspirational',
    ...(i % 7 === 6 && { parent: `obj-${i - 6}` }),
    keyResults,
  };
}

/** Calendar quarters from the one containing `from` to the one containing `to`. */
function quartersCovering(from: Instant, to: Instant): Cycle[] {
  const cycles: Cycle[] = [];
  const first = new Date(from);
  let year = first.getUTCFullYear();
  let quarter = Math.floor(first.getUTCMonth() / 3);
  for (;;) {
    const start = Date.UTC(year, quarter * 3, 1);
    if (start > to) break;
    const end = Date.UTC(year, quarter * 3 + 3, 0);
    cycles.push({ id: `${year}-Q${quarter + 1}`, start: iso(start), end: iso(end) });
    quarter++;
    if (quarter === 4) {
      quarter = 0;
      year++;
    }
  }
  return cycles;
}

function iso(at: Instant): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** A small, fast, seedable PRNG: the same seed gives the same sequence everywhere. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
