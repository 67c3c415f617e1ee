import type { Finding } from '../report.types.js';
import { textFinding } from '../statement/index.js';
import { type CoachContext, type CoachRule, finding, isOpen } from './coach-rule.js';

/**
 * domain.md: "Hold weekly client meetings" is an activity, not a key result. The KR's
 * title is read by the statement parser; an activity belongs in an initiative.
 */
export const krIsTaskRule: CoachRule = {
  id: 'kr-is-task',
  check(ctx: CoachContext): Finding[] {
    const out: Finding[] = [];
    for (const evaluation of ctx.objectives) {
      if (!isOpen(evaluation, ctx.asOf)) continue;
      for (const kr of evaluation.objective.keyResults) {
        const text = textFinding(ctx.reading(kr.title), 'key_result', 'kr-is-task');
        if (!text) continue;
        out.push(
          finding(
            'kr-is-task',
            text.severity,
            kr.id,
            `"${kr.title}" describes an activity, not an outcome: make it an initiative that drives a key result, and write the key result as the change it should produce (e.g. "Increase X from A to B").`,
          ),
        );
      }
    }
    return out;
  },
};
