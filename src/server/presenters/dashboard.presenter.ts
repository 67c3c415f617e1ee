import { ruleName } from '../../core/coach/rule-names.js';
import type { EngineReport } from '../../core/evaluate.js';
import type { Instant, Workspace } from '../../core/model.js';
import { dueCheckIns } from '../../core/okr/check-in-due.js';
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
    return [{ ...presentObjectiveReport(o), parent: objective.parent ?? null }];
  });

  const needsAttention = [
    ...kpis
      .filter((k) => k.unansweredBreach)
      .map((k) => ({
        kind: 'unanswered_breach' as const,
        ref: k.id,
        title: k.name,
        message: `${k.name} has been outside its healthy range since ${(k.breachSince ?? '').slice(0, 10)} with no decision or OKR: record a decision, or draft an OKR to fix it.`,
        severity: 'error' as const,
      })),
    ...pending
      .filter((p) => kpis.some((k) => k.id === p.kpi))
      .map((p) => {
        const name = kpiById.get(p.kpi)?.name ?? p.kpi;
        return {
          kind: 'pending_proposal' as const,
          ref: p.cycle,
          title: name,
          message: `${p.message} Closing ${p.cycle} proposed it: accept or decline it in the cycle review.`,
          severity: 'warning' as const,
        };
      }),
    ...objectives.flatMap((o) =>
      o.keyResults
        .filter((kr) => kr.status === 'at_risk' || kr.status === 'off_track')
        .map((kr) => ({
          kind: 'at_risk_kr' as const,
          ref: kr.id,
          title: kr.title,
          message: `${kr.title} is ${kr.status === 'off_track' ? 'off track' : 'at risk'}: ${Math.round(kr.progress * 100)}% done, ${Math.round(kr.expected * 100)}% expected by now.`,
          severity: kr.status === 'off_track' ? ('error' as const) : ('warning' as const),
        })),
    ),
    ...missingCheckIns(ws, objectives, asOf),
    ...report.findings
      .filter((f) => f.severity === 'error')
      .map((f) => ({
        kind: 'finding' as const,
        ref: f.ref,
        title: ruleName(f.rule),
        message: f.message,
        severity: f.severity,
      })),
  ];

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
    needsAttention,
    findings: report.findings.map(presentFinding),
  };
}

function missingCheckIns(
  ws: Workspace,
  objectives: readonly { id: string; status: string }[],
  asOf: Instant,
) {
  const running = new Set(objectives.filter((o) => o.status !== 'not_started').map((o) => o.id));
  return dueCheckIns(ws, running, asOf).map((due) => ({
    kind: 'missing_check_in' as const,
    ref: due.keyResult,
    title: due.title,
    message: `${due.title} has had no check-in for over a week: add this week's value and your confidence.`,
    severity: 'info' as const,
  }));
}
