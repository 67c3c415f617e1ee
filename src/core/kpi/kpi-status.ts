import type { Range } from '../model.js';
import type { KpiStatus } from '../report.types.js';
import { inRange, rangeKind } from './range.js';

/**
 * Status of a KPI whose latest value is `value` (domain.md, "KPI health"):
 * inside the healthy range is healthy; outside it but inside the warning range is at
 * risk; outside both is a breach. Without a healthy range there is no judgement:
 * "a KPI without a threshold is just a number".
 */
export function statusOfValue(value: number, healthy?: Range, warning?: Range): KpiStatus {
  if (!healthy || rangeKind(healthy) === undefined) return 'no_threshold';
  if (inRange(value, healthy)) return 'healthy';
  if (warning && rangeKind(warning) !== undefined && inRange(value, warning)) return 'at_risk';
  return 'breach';
}
