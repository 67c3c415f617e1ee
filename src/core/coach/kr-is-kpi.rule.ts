import type { Finding } from '../report.types.js';
import { type CoachContext, type CoachRule, finding, isOpen } from './coach-rule.js';

/**
 * domain.md: a KR that only maintains a level ("Keep churn below 3%") is a KPI. The
 * articles' question decides: maintain is a KPI, improve is an OKR.
 */
export const krIsKpiRule: CoachRule = {
  id: 'kr-is-kpi',
  check(ctx: CoachContext): Finding[] {
    const out: Finding[] = [];
    for (const evaluation of ctx.objectives) {
      if (!isOpen(evaluation, ctx.asOf)) continue;
      for (const kr of evaluation.objective.keyResults) {
        const reading = ctx.reading(kr.title);
        // Only a stated level counts: a bare metric name ("Churn rate") is a vague KR, not a KPI.
        if (reading.kind !== 'kpi' || reading.direction === null) continue;
        const metric = reading.metric ?? 'the metric';
        out.push(
          finding(
            'kr-is-kpi',
            'warning',
            kr.id,
            `"${kr.title}" only maintains a level: that is a KPI. Track ${metric} as a KPI with a healthy range, or rewrite the key result as an improvement, "Reduce/Increase ${metric} from <today> to <target>".`,
          ),
        );
      }
    }
    return out;
  },
};
