import { firstIndexAtOrAfter, type PreparedKpi } from '../kpi/prepared-kpi.js';
import type { Cycle, Instant } from '../model.js';
import { spanOf } from '../okr/expected-progress.js';
import type { Finding } from '../report.types.js';
import type { CycleSpan } from '../time.js';
import { type CoachContext, type CoachRule, finding, groupLabel, groupOf } from './coach-rule.js';

/**
 * domain.md: "KPIs for two cycles and no OKR". Concretely: take the two most recent
 * cycles that have started by the instant (by start date). A team (or a freelancer's
 * workspace) qualifies when at least one of its KPIs has a data point inside each of the
 * two cycles, and it has no objective in either. Such a team only maintains, never
 * improves: a gentle nudge, hence info.
 */
export const kpisWithoutOkrsRule: CoachRule = {
  id: 'kpis-without-okrs',
  check(ctx: CoachContext): Finding[] {
    const ws = ctx.workspace;
    const recent = lastTwoStartedCycles(ws.cycles, ctx.asOf);
    if (!recent) return [];
    const recentIds = new Set(recent.map((r) => r.cycle.id));
    const groupsWithOkrs = new Set(
      ws.objectives.filter((o) => recentIds.has(o.cycle)).map((o) => groupOf(ws, o.team)),
    );
    const flagged = new Set<string>();
    const out: Finding[] = [];
    for (const { kpi, prepared } of ctx.kpis) {
      const group = groupOf(ws, kpi.team);
      if (flagged.has(group) || groupsWithOkrs.has(group)) continue;
      if (!recent.every((r) => hasPointIn(prepared, r.span, ctx.asOf))) continue;
      flagged.add(group);
      const label = groupLabel(ws, group);
      out.push(
        finding(
          'kpis-without-okrs',
          'info',
          group,
          `${label.charAt(0).toUpperCase()}${label.slice(1)} has tracked KPIs through cycles ${recent[1].cycle.id} and ${recent[0].cycle.id} without an OKR: pick the KPI most worth raising and set an objective to improve it.`,
        ),
      );
    }
    return out;
  },
};

interface TimedCycle {
  readonly cycle: Cycle;
  readonly span: CycleSpan;
}

function lastTwoStartedCycles(cycles: readonly Cycle[], asOf: Instant): [TimedCycle, TimedCycle] | undefined {
  const started: TimedCycle[] = [];
  for (const cycle of cycles) {
    const span = spanOf(cycle);
    if (span && span.start <= asOf) started.push({ cycle, span });
  }
  started.sort((a, b) => b.span.start - a.span.start);
  const [latest, previous] = started;
  return latest && previous ? [latest, previous] : undefined;
}

function hasPointIn(prepared: PreparedKpi, span: CycleSpan, asOf: Instant): boolean {
  const point = prepared.points[firstIndexAtOrAfter(prepared.points, span.start)];
  return point !== undefined && point.at <= Math.min(span.end, asOf);
}
