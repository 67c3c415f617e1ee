import type { Finding } from '../report.types.js';
import { type CoachContext, type CoachRule, countBy, finding, groupLabel, groupOf } from './coach-rule.js';

/** domain.md: more than 7 KPIs for one team (3–5 for a freelancer) is too many to watch. */
export const MAX_KPIS = 7;
export const MAX_KPIS_FREELANCER = 5;

export const tooManyKpisRule: CoachRule = {
  id: 'too-many-kpis',
  check(ctx: CoachContext): Finding[] {
    const ws = ctx.workspace;
    const limit = ws.freelancer ? MAX_KPIS_FREELANCER : MAX_KPIS;
    const out: Finding[] = [];
    for (const [group, kpis] of countBy(ctx.kpis, (k) => groupOf(ws, k.kpi.team))) {
      if (kpis.length <= limit) continue;
      out.push(
        finding(
          'too-many-kpis',
          'warning',
          group,
          `${groupLabel(ws, group)} watches ${kpis.length} KPIs: keep the ${limit} that drive decisions and drop or demote the rest.`,
        ),
      );
    }
    return out;
  },
};
