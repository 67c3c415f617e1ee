import type { Finding } from '../report.types.js';
import { type CoachContext, type CoachRule, finding, isOpen } from './coach-rule.js';

/**
 * domain.md: a milestone KR is done or not, and says nothing about whether anything
 * improved. Not wrong, just worth a second look, hence info.
 */
export const krBinaryRule: CoachRule = {
  id: 'kr-binary',
  check(ctx: CoachContext): Finding[] {
    const out: Finding[] = [];
    for (const evaluation of ctx.objectives) {
      if (!isOpen(evaluation, ctx.asOf)) continue;
      for (const kr of evaluation.objective.keyResults) {
        if (!kr.milestone) continue;
        out.push(
          finding(
            'kr-binary',
            'info',
            kr.id,
            `"${kr.title}" is a milestone: did it improve anything? Consider measuring the outcome it should change, from a baseline to a target.`,
          ),
        );
      }
    }
    return out;
  },
};
