import type { Finding } from '../report.types.js';
import { textFinding } from '../statement/index.js';
import { type CoachContext, type CoachRule, finding, isOpen } from './coach-rule.js';

/**
 * domain.md: an objective is qualitative and ambitious; one that reads as a number
 * ("Achieve $10k/month revenue") should say the aim in words and move the number into a KR.
 * Only a number counts: "Keep the clients we have" is qualitative, whatever its verb. The
 * condition is the parser's (`ratchet parse "Objective: …"` says the same).
 */
export const objectiveIsMetricRule: CoachRule = {
  id: 'objective-is-metric',
  check(ctx: CoachContext): Finding[] {
    const out: Finding[] = [];
    for (const evaluation of ctx.objectives) {
      if (!isOpen(evaluation, ctx.asOf)) continue;
      const { objective } = evaluation;
      const text = textFinding(ctx.reading(objective.title), 'objective', 'objective-is-metric');
      if (!text) continue;
      out.push(
        finding(
          'objective-is-metric',
          text.severity,
          objective.id,
          `The objective "${objective.title}" is a number: say what you want to achieve in words, and move the number into a key result.`,
        ),
      );
    }
    return out;
  },
};
