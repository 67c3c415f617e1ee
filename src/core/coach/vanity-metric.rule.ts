import type { Finding } from '../report.types.js';
import { isVanityMetric, textFinding } from '../statement/index.js';
import { type CoachContext, type CoachRule, finding, isOpen } from './coach-rule.js';

/**
 * domain.md: followers, likes, impressions, page views and the like are vanity metrics
 * unless tied to a decision. A KPI is tied when a decision was recorded on it or a key
 * result is linked to it; a KR is tied when it is linked to a KPI.
 */
export const vanityMetricRule: CoachRule = {
  id: 'vanity-metric',
  check(ctx: CoachContext): Finding[] {
    const ws = ctx.workspace;
    const decided = new Set(ws.decisions.map((d) => d.kpi));
    const linked = new Set(
      ws.objectives.flatMap((o) => o.keyResults.flatMap((kr) => (kr.kpi ? [kr.kpi] : []))),
    );
    const out: Finding[] = [];
    for (const kpi of ws.kpis) {
      if (!isVanityMetric(kpi.name) || decided.has(kpi.id) || linked.has(kpi.id)) continue;
      out.push(
        finding(
          'vanity-metric',
          'info',
          kpi.id,
          `"${kpi.name}" looks like a vanity metric and has never led to a decision or a key result: tie it to an outcome (leads, conversion, revenue), say what you would do when it moves, or cut it.`,
        ),
      );
    }
    for (const evaluation of ctx.objectives) {
      if (!isOpen(evaluation, ctx.asOf)) continue;
      for (const kr of evaluation.objective.keyResults) {
        if (kr.kpi !== undefined) continue;
        const text = textFinding(ctx.reading(kr.title), 'key_result', 'vanity-metric');
        if (!text) continue;
        out.push(
          finding(
            'vanity-metric',
            text.severity,
            kr.id,
            `"${kr.title}" counts a vanity metric: aim the key result at the outcome it should bring (leads, sign-ups, revenue) instead.`,
          ),
        );
      }
    }
    return out;
  },
};
