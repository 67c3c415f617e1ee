import { formatValue } from '../format.js';
import { latestIndexAtOrBefore } from '../kpi/prepared-kpi.js';
import type { Finding } from '../report.types.js';
import { type CoachContext, type CoachRule, finding, isOpen } from './coach-rule.js';

/**
 * domain.md: a numeric KR without a baseline has a target that is a guess, and its
 * progress cannot be measured (it stays at 0). For a KR linked to a KPI the coach
 * suggests the KPI's value when the cycle started ("baselines suggested from history").
 */
export const krNoBaselineRule: CoachRule = {
  id: 'kr-no-baseline',
  check(ctx: CoachContext): Finding[] {
    const out: Finding[] = [];
    for (const evaluation of ctx.objectives) {
      if (!isOpen(evaluation, ctx.asOf)) continue;
      for (const kr of evaluation.objective.keyResults) {
        if (kr.milestone || kr.baseline !== undefined) continue;
        const prepared = kr.kpi === undefined ? undefined : ctx.evaluation.preparedKpis.get(kr.kpi);
        let hint = 'record where it stands today as its baseline so progress can be measured.';
        if (prepared && evaluation.span) {
          const i = latestIndexAtOrBefore(prepared.points, evaluation.span.start);
          const point = prepared.points[i];
          if (point) {
            const value = formatValue(point.value, prepared.kpi.unit, {
              locale: ctx.workspace.locale,
              currency: ctx.workspace.currency,
            });
            hint = `its KPI "${prepared.kpi.name}" stood at ${value} when the cycle began: use that as the baseline.`;
          }
        }
        out.push(
          finding(
            'kr-no-baseline',
            'warning',
            kr.id,
            `The key result "${kr.title}" has no baseline: ${hint}`,
          ),
        );
      }
    }
    return out;
  },
};
