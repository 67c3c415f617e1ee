import type { KeyResult } from '../model.js';
import type { Finding } from '../report.types.js';
import { textFinding } from '../statement/index.js';
import { type CoachContext, type CoachRule, finding, isOpen } from './coach-rule.js';

/**
 * domain.md: a KR that only maintains a level ("Keep churn below 3%") is a KPI. The
 * articles' question decides: maintain is a KPI, improve is an OKR. The title is read by
 * the statement parser, with the same condition `ratchet parse` uses; but the record
 * outranks its wording: a milestone is done or not (kr-binary says so), and a KR whose
 * baseline and target differ sets out to move its metric, however the title reads.
 */
export const krIsKpiRule: CoachRule = {
  id: 'kr-is-kpi',
  check(ctx: CoachContext): Finding[] {
    const out: Finding[] = [];
    for (const evaluation of ctx.objectives) {
      if (!isOpen(evaluation, ctx.asOf)) continue;
      for (const kr of evaluation.objective.keyResults) {
        if (improvesByItsNumbers(kr)) continue;
        const reading = ctx.reading(kr.title);
        const text = textFinding(reading, 'key_result', 'kr-is-kpi');
        if (!text) continue;
        const metric = reading.metric ?? 'the metric';
        out.push(
          finding(
            'kr-is-kpi',
            text.severity,
            kr.id,
            `"${kr.title}" only maintains a level: that is a KPI. Track ${metric} as a KPI with a healthy range, or rewrite the key result as an improvement, "Reduce/Increase ${metric} from <today> to <target>".`,
          ),
        );
      }
    }
    return out;
  },
};

function improvesByItsNumbers(kr: KeyResult): boolean {
  return (
    kr.milestone === true ||
    (kr.baseline !== undefined && kr.target !== undefined && kr.baseline !== kr.target)
  );
}
