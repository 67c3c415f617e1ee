import type { Finding } from '../report.types.js';
import { type CoachContext, type CoachRule, finding, groupLabel, groupOf } from './coach-rule.js';

/**
 * domain.md: a team with OKRs but no KPIs holding the floor. Looks at objectives whose
 * cycle includes the instant. Workspace-level objectives (no team) are covered by any
 * KPI in the workspace.
 */
export const okrsWithoutKpisRule: CoachRule = {
  id: 'okrs-without-kpis',
  check(ctx: CoachContext): Finding[] {
    const ws = ctx.workspace;
    const kpiGroups = new Set(ctx.kpis.map((k) => groupOf(ws, k.kpi.team)));
    const seen = new Set<string>();
    const out: Finding[] = [];
    for (const evaluation of ctx.objectives) {
      const { span, objective } = evaluation;
      if (!span || ctx.asOf < span.start || ctx.asOf > span.end) continue;
      const group = groupOf(ws, objective.team);
      if (seen.has(group)) continue;
      seen.add(group);
      const covered = group === ws.name ? ctx.kpis.length > 0 : kpiGroups.has(group);
      if (covered) continue;
      out.push(
        finding(
          'okrs-without-kpis',
          'info',
          group,
          `${capitalise(groupLabel(ws, group))} has OKRs but no KPIs: add the few metrics that must stay healthy while you improve, so gains do not come at their expense.`,
        ),
      );
    }
    return out;
  },
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
