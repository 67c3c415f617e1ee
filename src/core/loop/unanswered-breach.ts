import type { KpiEvaluation } from '../kpi/evaluate-kpi.js';
import type { Instant } from '../model.js';
import { hasDecisionBetween, hasLinkedKrOverlapping, type LoopIndex } from './loop-index.js';

/**
 * domain.md, "Unanswered breach": a KPI in breach or at risk whose current streak outside
 * the healthy range began at least one cadence period ago (its first point is that old
 * or older), with no decision on the KPI dated on or after that first point and no key
 * result linked to the KPI in a cycle that includes the instant.
 *
 * Decisions dated after the instant do not count: evaluating the past must not see the
 * future.
 */
export function isUnansweredBreach(evaluation: KpiEvaluation, index: LoopIndex, asOf: Instant): boolean {
  const { status, streak, kpi, prepared } = evaluation;
  if (status !== 'breach' && status !== 'at_risk') return false;
  if (streak.since === undefined || streak.since > asOf - prepared.periodMs) return false;
  if (hasDecisionBetween(index, kpi.id, streak.since, asOf)) return false;
  return !hasLinkedKrOverlapping(index, kpi.id, asOf, asOf);
}
