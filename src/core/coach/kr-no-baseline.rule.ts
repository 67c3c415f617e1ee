import { formatDate, formatValue } from '../format.js';
import type { Finding } from '../report.types.js';
import { type CoachContext, type CoachRule, finding, isOpen } from './coach-rule.js';

/**
 * domain.md: a numeric KR without a baseline has a target that is a guess. A KR linked to
 * a KPI is measured from the KPI's value at the cycle start meanwhile (docs/engine.md,
 * "Baseline from history"), and the message says so, with the number when it is known;
 * the coach still asks for the baseline to be written down, since a KPI's history can be
 * corrected later and the KR's progress would then move. The number comes from the
 * engine's own evaluation, so the coach and the report never disagree on it.
 */
export const krNoBaselineRule: CoachRule = {
  id: 'kr-no-baseline',
  check(ctx: CoachContext): Finding[] {
    const out: Finding[] = [];
    const format = { locale: ctx.workspace.locale, currency: ctx.workspace.currency };
    for (const evaluation of ctx.objectives) {
      if (!isOpen(evaluation, ctx.asOf)) continue;
      for (const kr of evaluation.keyResults) {
        const { keyResult } = kr;
        if (keyResult.milestone || keyResult.baseline !== undefined) continue;
        const prepared =
          keyResult.kpi === undefined ? undefined : ctx.evaluation.preparedKpis.get(keyResult.kpi);
        let message = `The key result "${keyResult.title}" has no baseline, so its target is a guess and its progress cannot be measured: record where it stands today as its baseline, or link it to the KPI it moves.`;
        if (prepared && kr.baseline.value !== undefined) {
          const value = formatValue(kr.baseline.value, prepared.kpi.unit, format);
          message = `The key result "${keyResult.title}" has no baseline of its own, so it is measured from its KPI "${prepared.kpi.name}" at the cycle start: ${value}. Write ${value} down as its baseline, so a later correction to the KPI's history cannot move its progress.`;
        } else if (prepared && evaluation.span) {
          const start = formatDate(evaluation.span.start, format);
          message = `The key result "${keyResult.title}" has no baseline: it will be measured from its KPI "${prepared.kpi.name}" at the cycle start (${start}), once the KPI has a point then. Write a baseline down if you know where it stands.`;
        }
        out.push(finding('kr-no-baseline', 'warning', keyResult.id, message));
      }
    }
    return out;
  },
};
