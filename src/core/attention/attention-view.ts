import type { EngineReport } from '../evaluate.js';
import type { Workspace } from '../model.js';
import type { AttentionFacts } from './needs-attention.js';

/**
 * Whose attention: one person's, one team's, one cycle's, or everyone's (no field set).
 * The dashboard's filters and the weekly digest both say it this way, so the same view
 * gives the same list wherever it is read.
 */
export interface AttentionView {
  /** A person: the KPIs they own and the key results they own (a KR's owner, else its objective's). */
  readonly owner?: string;
  /** A team: its KPIs and its objectives. */
  readonly team?: string;
  /** Only objectives of these cycles (absent: every cycle). */
  readonly cycles?: readonly string[];
  /** Every pending ratchet, whoever owns the KPI (an admin's digest); else those on KPIs in view. */
  readonly everyProposal?: boolean;
}

interface Proposal {
  readonly kpi: string;
  readonly cycle: string;
  readonly message: string;
}

/**
 * The records in view, ready for `needsAttention`. A key result is in view when its
 * objective is (team, cycle) and, for a person, when they own it; an objective with none
 * of its key results in view drops out.
 */
export function attentionFacts<P extends Proposal>(
  ws: Workspace,
  report: Pick<EngineReport, 'asOf' | 'kpis' | 'objectives'>,
  proposals: readonly P[],
  view: AttentionView,
  findings: AttentionFacts['findings'] = [],
): AttentionFacts & { readonly kpis: EngineReport['kpis']; readonly proposals: readonly P[] } {
  const kpiById = new Map(ws.kpis.map((k) => [k.id, k]));
  const krOwner = new Map(
    ws.objectives.flatMap((o) => o.keyResults.map((kr) => [kr.id, kr.owner ?? o.owner] as const)),
  );
  const kpis = report.kpis.filter((k) => {
    const kpi = kpiById.get(k.id);
    return (
      kpi !== undefined &&
      (view.team === undefined || kpi.team === view.team) &&
      (view.owner === undefined || kpi.owner === view.owner)
    );
  });
  const objectives = report.objectives.flatMap((o) => {
    if (view.team !== undefined && o.team !== view.team) return [];
    if (view.cycles !== undefined && !view.cycles.includes(o.cycle)) return [];
    if (view.owner === undefined) return [o];
    const keyResults = o.keyResults.filter((kr) => krOwner.get(kr.id) === view.owner);
    return keyResults.length === 0 ? [] : [{ ...o, keyResults }];
  });
  const shown = new Set(kpis.map((k) => k.id));
  return {
    ws,
    asOf: Date.parse(report.asOf),
    kpis,
    objectives,
    proposals: view.everyProposal ? proposals : proposals.filter((p) => shown.has(p.kpi)),
    findings,
  };
}
