import { rangeKind } from '../kpi/range.js';
import type { Finding } from '../report.types.js';
import { type CoachContext, type CoachRule, finding } from './coach-rule.js';

/** domain.md: "a KPI without a threshold is just a number". */
export const kpiNoThresholdRule: CoachRule = {
  id: 'kpi-no-threshold',
  check(ctx: CoachContext): Finding[] {
    return ctx.kpis
      .filter(({ kpi }) => rangeKind(kpi.healthy) === undefined)
      .map(({ kpi }) =>
        finding(
          'kpi-no-threshold',
          'warning',
          kpi.id,
          `KPI "${kpi.name}" has no healthy range, so it can never be healthy or in breach: set a minimum, a maximum or both.`,
        ),
      );
  },
};
