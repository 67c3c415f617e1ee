import { formatDate } from '../format.js';
import type { Finding } from '../report.types.js';
import { type CoachContext, type CoachRule, finding } from './coach-rule.js';

/** domain.md: the latest point is older than 1.5 × the cadence period. */
export const staleKpiRule: CoachRule = {
  id: 'stale-kpi',
  check(ctx: CoachContext): Finding[] {
    const out: Finding[] = [];
    for (const { kpi, stale, latest } of ctx.kpis) {
      if (!stale || !latest) continue;
      out.push(
        finding(
          'stale-kpi',
          'warning',
          kpi.id,
          `KPI "${kpi.name}" is ${kpi.cadence} but its latest value is from ${formatDate(latest.at, { locale: ctx.workspace.locale })}: add a current data point.`,
        ),
      );
    }
    return out;
  },
};
