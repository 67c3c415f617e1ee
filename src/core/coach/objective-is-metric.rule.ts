import type { Finding } from '../report.types.js';
import { type CoachContext, type CoachRule, finding, isOpen } from './coach-rule.js';

/**
 * domain.md: an objective is qualitative and ambitious; one that reads as a number
 * ("Achieve $10k/month revenue") should say the aim in words and move the number into a KR.
 */
export const objectiveIsMetricRule: CoachRule = {
  id: 'objective-is-metric',
  check(ctx: CoachContext): Finding[] {
    const out: Finding[] = [];
    for (const evaluation of ctx.objectives) {
      if (!isOpen(evaluation, ctx.asOf)) continue;
      const { objective } = evaluation;
      const reading = ctx.reading(objective.title);
      if (reading.kind !== 'key_result' && reading.kind !== 'kpi') continue;
      out.push(
        finding(
          'objective-is-metric',
          'warning',
          objective.id,
          `The objective "${objective.title}" is a number: say what you want to achieve in words, and move the number into a key result.`,
        ),
      );
    }
    return out;
  },
};
