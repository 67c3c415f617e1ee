import { NOISE_WINDOW_DAYS } from '../loop/noise.js';
import type { Finding } from '../report.types.js';
import { type CoachContext, type CoachRule, finding } from './coach-rule.js';

/** domain.md, "Noise": never left its range, never led to a decision or a KR. */
export const noiseKpiRule: CoachRule = {
  id: 'noise-kpi',
  check(ctx: CoachContext): Finding[] {
    return ctx.kpis
      .filter((k) => k.noise)
      .map(({ kpi }) =>
        finding(
          'noise-kpi',
          'info',
          kpi.id,
          `KPI "${kpi.name}" stayed healthy for ${NOISE_WINDOW_DAYS} days and led to no decision or OKR: cut it, or sharpen its range so it can tell you something.`,
        ),
      );
  },
};
