import type { Finding } from '../report.types.js';
import { type CoachContext, type CoachRule, finding, isOpen } from './coach-rule.js';

/** domain.md: 2 to 5 key results per objective. */
export const MIN_KRS = 2;
export const MAX_KRS = 5;

/**
 * Fewer than 2 KRs leaves one number to game; more than 5 splits focus. An objective
 * with no KRs of its own but aligned children is a parent that is measured through them,
 * so it is left alone.
 */
export const krCountRule: CoachRule = {
  id: 'kr-count',
  check(ctx: CoachContext): Finding[] {
    const parents = new Set(ctx.workspace.objectives.map((o) => o.parent));
    const out: Finding[] = [];
    for (const evaluation of ctx.objectives) {
      if (!isOpen(evaluation, ctx.asOf)) continue;
      const o = evaluation.objective;
      const n = o.keyResults.length;
      if (n === 0 && parents.has(o.id)) continue;
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
