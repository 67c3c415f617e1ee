import { statusOfValue } from '../kpi/kpi-status.js';
import { firstIndexAtOrAfter, latestIndexAtOrBefore, type PreparedKpi } from '../kpi/prepared-kpi.js';
import { inRange, rangeKind } from '../kpi/range.js';
import type { DataPoint, Instant, Objective } from '../model.js';
import type { KpiStatus } from '../report.types.js';
import type { CycleSpan } from '../time.js';

/**
 * The positions in an objective's guardrail list that repeat an earlier KPI id, with the
 * position of the first mention: a list names each KPI once (domain.md, "Guardrail"), and
 * a repeat is most often a slip for another KPI. The one home of the rule, used by the
 * workspace file's validation and by the API's writes.
 */
export function repeatedGuardrails(
  ids: readonly string[],
): { readonly index: number; readonly id: string; readonly first: number }[] {
  const seen = new Map<string, number>();
  const repeats: { index: number; id: string; first: number }[] = [];
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else repeats.push({ index, id, first });
  });
  return repeats;
}

/** What to say about a repeated guardrail. */
export function repeatedGuardrailMessage(id: string, first: number): string {
  return `KPI ${JSON.stringify(id)} is already a guardrail at position ${first + 1}; list each guardrail KPI once`;
}

/** A guardrail KPI of an objective, as of an instant. */
export interface GuardrailState {
  readonly kpi: string;
  /** The KPI's status as of the instant. */
  readonly status: KpiStatus;
  /** Whether a point during the cycle (up to the instant) fell outside the healthy range. */
  readonly breached: boolean;
  /** The first such point. */
  readonly firstBreach: DataPoint | undefined;
}

/**
 * The guardrails of an objective (domain.md, "Guardrail"): KPIs it must not break while it
 * is pursued, faster replies guarded by CSAT. A guardrail is breached when any of its
 * points from the cycle's start to the instant (and no later than the cycle's end) lies
 * outside its healthy range; one that came back in range still counts, because the
 * review must hear about it. A KPI without a healthy range cannot be breached; an id that
 * names no KPI is left out (the workspace validator reports it).
 */
export function guardrailStates(
  objective: Objective,
  span: CycleSpan | undefined,
  kpis: ReadonlyMap<string, PreparedKpi>,
  asOf: Instant,
): GuardrailState[] {
  const out: GuardrailState[] = [];
  for (const id of objective.guardrails ?? []) {
    const prepared = kpis.get(id);
    if (!prepared) continue;
    const { healthy, warning } = prepared.kpi;
    const latest = prepared.points[latestIndexAtOrBefore(prepared.points, asOf)];
    const firstBreach =
      span && rangeKind(healthy) !== undefined ? firstOutside(prepared, span, asOf) : undefined;
    out.push({
      kpi: id,
      status: latest ? statusOfValue(latest.value, healthy, warning) : 'no_data',
      breached: firstBreach !== undefined,
      firstBreach,
    });
  }
  return out;
}

function firstOutside(prepared: PreparedKpi, span: CycleSpan, asOf: Instant): DataPoint | undefined {
  const { points, kpi } = prepared;
  const last = latestIndexAtOrBefore(points, Math.min(asOf, span.end));
  for (let i = firstIndexAtOrAfter(points, span.start); i <= last; i++) {
    const point = points[i] as DataPoint;
    if (!inRange(point.value, kpi.healthy ?? {})) return point;
  }
  return undefined;
}
