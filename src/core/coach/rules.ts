import type { CoachRule } from './coach-rule.js';
import { guardrailBreachedRule } from './guardrail-breached.rule.js';
import { kpiNoThresholdRule } from './kpi-no-threshold.rule.js';
import { kpisWithoutOkrsRule } from './kpis-without-okrs.rule.js';
import { krBinaryRule } from './kr-binary.rule.js';
import { krCountRule } from './kr-count.rule.js';
import { krIsKpiRule } from './kr-is-kpi.rule.js';
import { krIsTaskRule } from './kr-is-task.rule.js';
import { krNoBaselineRule } from './kr-no-baseline.rule.js';
import { noOwnerRule } from './no-owner.rule.js';
import { noiseKpiRule } from './noise-kpi.rule.js';
import { objectiveIsMetricRule } from './objective-is-metric.rule.js';
import { okrsWithoutKpisRule } from './okrs-without-kpis.rule.js';
import { staleKpiRule } from './stale-kpi.rule.js';
import { tooManyKpisRule } from './too-many-kpis.rule.js';
import { tooManyObjectivesRule } from './too-many-objectives.rule.js';
import { unansweredBreachRule } from './unanswered-breach.rule.js';
import { vanityMetricRule } from './vanity-metric.rule.js';

export type { CoachContext, CoachRule } from './coach-rule.js';

/**
 * Every quality-coach rule (domain.md, "Quality coach"), one `<rule-id>.rule.ts` file
 * each. To add a rule, write its file and append it here; order does not matter, the
 * findings are sorted afterwards.
 */
export const COACH_RULES: readonly CoachRule[] = [
  noOwnerRule,
  krCountRule,
  tooManyObjectivesRule,
  krNoBaselineRule,
  krBinaryRule,
  kpiNoThresholdRule,
  tooManyKpisRule,
  staleKpiRule,
  unansweredBreachRule,
  noiseKpiRule,
  okrsWithoutKpisRule,
  kpisWithoutOkrsRule,
  krIsTaskRule,
  krIsKpiRule,
  objectiveIsMetricRule,
  vanityMetricRule,
  guardrailBreachedRule,
];
