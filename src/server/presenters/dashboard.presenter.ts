import { attentionFacts } from '../../core/attention/attention-view.js';
import { needsAttention } from '../../core/attention/needs-attention.js';
import type { EngineReport } from '../../core/evaluate.js';
import type { Instant, Workspace } from '../../core/model.js';
import { presentFinding, presentKpiReport, presentObjectiveReport } from './report.presenter.js';

/** Points per KPI in the dashboard's sparkline series. */
const SERIES_POINTS = 60;

/** A closed cycle's ratchet proposal no one has answered yet. */
export interface PendingProposal {
  readonly kpi: string;
  readonly keyResult: string;
  readonly cycle: string;
  readonly message: string;
}

export interface DashboardFilter {
  readonly team?: string;
  readonly cycle?: string;
  readonly owner?: string;
}

/** Everything the home page shows, in one answer (issue 5: "GET /dashboard"). */
export function presentDashboard(
  ws: Workspace,
  slug: string,
  report: EngineReport,
  asOf: Instant,
  filter: DashboardFilter,
  pending: readonly PendingProposal[] = [],
) {
  const kpiById = new Map(ws.kpis.map((k) => [k.id, k]));
  const objectiveById = new Map(ws.objectives.map((o) => [o.id, o]));
  const keep = (record: { owner?: string; team?: string }) =>
    (filter.team === undefined || record.team === filter.team) &&
    (filter.owner === undefined || record.owner === filter.owner);

  const kpis = report.kpis.flatMap((k) => {
    const kpi = kpiById.get(k.id);
    if (!kpi || !keep(kpi)) return [];
    const series = kpi.points
      .filter((p) => p.at <= asOf)
      .slice(-SERIES_POINTS)
      .map((p) => ({ at: new Date(p.at).toISOString(), value: p.value }));
    return [
      {
        ...presentKpiReport(k),
        healthy: kpi.healthy ? { ...kpi.healthy } : null,
        warning: kpi.warning ? { ...kpi.warning } : null,
        owner: kpi.owner ?? null,
        team: kpi.team ?? null,
        cadence: kpi.cadence,
        series,
      },
    ];
  });

  const objectives = report.objectives.flatMap((o) => {
    const objective = objectiveById.get(o.id);
    if (!objective || !keep(objective) || (filter.cycle !== undefined && o.cycle !== filter.cycle)) return [];
    return [
      {
        ...presentObjectiveReport(o),
        parent: objective.parents?.[0] ?? null,
        parents: [...(objective.parents ?? [])],
      },
    ];
  });

  // The same view as the weekly digest's (core/attention/attention-view): for an owner,
  // the key results they own, whoever owns the objective.
  const view = {
    team: filter.team,
    owner: filter.owner,
    cycles: filter.cycle === undefined ? undefined : [filter.cycle],
  };
  const attention = needsAttention(attentionFacts(ws, report, pending, view, report.findings));

  return {
    workspace: {
      slug,
      name: ws.name,
      locale: ws.locale ?? null,
      currency: ws.currency ?? null,
      freelancer: ws.freelancer,
    },
    asOf: report.asOf,
    kpis,
    objectives,
    needsAttention: attention,
    findings: report.findings.map(presentFinding),
  };
}
