import { formatDate, formatValue } from '../format.js';
import type { Finding } from '../report.types.js';
import { type CoachContext, type CoachRule, finding, isOpen } from './coach-rule.js';

/**
 * domain.md, "Guardrail": a KPI an objective must not break while pursuing it. Leaving its
 * healthy range during the cycle is a warning on the objective: the win may be paid for
 * elsewhere (faster replies bought with lower CSAT). Closed cycles are left to the review.
 */
export const guardrailBreachedRule: CoachRule = {
  id: 'guardrail-breached',
  check(ctx: CoachContext): Finding[] {
    const out: Finding[] = [];
    const options = { locale: ctx.workspace.locale, currency: ctx.workspace.currency };
    for (const evaluation of ctx.objectives) {
      if (!isOpen(evaluation, ctx.asOf)) continue;
      for (const guardrail of evaluation.guardrails) {
        const point = guardrail.firstBreach;
        const kpi = ctx.evaluation.kpiById.get(guardrail.kpi)?.kpi;
        if (!point || !kpi) continue;
        const value = formatValue(point.value, kpi.unit, options);
        const now = guardrail.status === 'healthy' ? ' It is back in range now;' : '';
        out.push(
          finding(
            'guardrail-breached',
            'warning',
            evaluation.objective.id,
            `While pursuing "${evaluation.objective.title}", its guardrail KPI "${kpi.name}" left its healthy range (${value} on ${formatDate(point.at, { locale: ctx.workspace.locale })}).${now} Check whether the work behind the objective is causing it, and record a decision on the KPI.`,
          ),
        );
      }
    }
    return out;
  },
};
