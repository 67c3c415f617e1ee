import type { Dashboard } from '../../api/types.js';
import { type CycleScope, inScope } from './cycle-scope.js';

/**
 * The dashboard narrowed to the cycle scope: objectives of other cycles go, and so do the
 * "needs attention" items about their key results (a slipping KR of last quarter is not
 * this week's business). KPIs run across cycles and always stay.
 */
export function scopedDashboard(dashboard: Dashboard, scope: CycleScope): Dashboard {
  if (scope.kind !== 'current') return dashboard;
  const hiddenKrs = new Set<string>();
  const objectives = dashboard.objectives.filter((o) => {
    const keep = inScope(scope, o.cycle);
    if (!keep) for (const kr of o.keyResults) hiddenKrs.add(kr.id);
    return keep;
  });
  if (hiddenKrs.size === 0 && objectives.length === dashboard.objectives.length) return dashboard;
  const needsAttention = dashboard.needsAttention.filter(
    (item) => !((item.kind === 'at_risk_kr' || item.kind === 'missing_check_in') && hiddenKrs.has(item.ref)),
  );
  return { ...dashboard, objectives, needsAttention };
}
