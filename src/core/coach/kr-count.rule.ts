import type { Objective } from '../model.js';
import type { Finding } from '../report.types.js';
import { type CoachContext, type CoachRule, finding, isOpen } from './coach-rule.js';

/** domain.md: 2 to 5 key results per objective. */
export const MIN_KRS = 2;
export const MAX_KRS = 5;

/**
 * Fewer than 2 KRs leaves one number to game; more than 5 splits focus. An objective
 * with no KRs of its own but aligned children is a parent that is measured through them,
 * so it is left alone; so is a committed objective whose one KR brings a KPI back to
 * healthy, the shape Ratchet itself drafts for an unanswered breach (domain.md,
 * "Drafted OKR from a KPI"): the KPI's healthy range is the second number.
 */
export const krCountRule: CoachRule = {
  id: 'kr-count',
  check(ctx: CoachContext): Finding[] {
    const parents = new Set(ctx.workspace.objectives.flatMap((o) => o.parents ?? []));
    const out: Finding[] = [];
    for (const evaluation of ctx.objectives) {
      if (!isOpen(evaluation, ctx.asOf)) continue;
      const o = evaluation.objective;
      const n = o.keyResults.length;
      if (n === 0 && parents.has(o.id)) continue;
      if (isFixForOneKpi(o)) continue;
      if (n < MIN_KRS) {
        out.push(
          finding(
            'kr-count',
            'warning',
            o.id,
            `"${o.title}" has ${n} key result${n === 1 ? '' : 's'}: add measurable outcomes until there are ${MIN_KRS} to ${MAX_KRS}.`,
          ),
        );
      } else if (n > MAX_KRS) {
        out.push(
          finding(
            'kr-count',
            'warning',
            o.id,
            `"${o.title}" has ${n} key results: keep the ${MAX_KRS} that matter most and move the rest to KPIs or the next cycle.`,
          ),
        );
      }
    }
    return out;
  },
};

function isFixForOneKpi(o: Objective): boolean {
  return o.type === 'committed' && o.keyResults.length === 1 && o.keyResults[0]?.kpi !== undefined;
}
