import { convertDuration, type DurationUnit, finerUnit, isDurationUnit } from './durations.js';
import { tidy } from './numbers.js';
import type { RoledQuantity } from './roles.js';

/** A roled quantity after its unit was settled. */
export interface Value extends RoledQuantity {
  readonly value: number;
  readonly unit: string | null;
}

/**
 * Gives every level the statement's unit and one duration unit: "from twelve hours to four"
 * is 12 h → 4 h, "70–80%" is 70% to 80%, "from 6 hours to 90 minutes" is 360 → 90 min.
 * Changes keep their own unit: "(+400%)" says nothing about a customer count.
 */
export function normaliseUnits(values: readonly RoledQuantity[]): { values: Value[]; unit: string | null } {
  // A timeframe ("in the first 30 days") says when, not what: it gives no unit.
  const levels = values.filter((v) => v.role !== 'by' && v.role !== 'timeframe');
  const durations = values
    .filter((v) => v.role !== 'timeframe')
    .map((v) => v.q.unit)
    .filter(isDurationUnit);
  const finest = durations.reduce<DurationUnit | null>(
    (acc, u) => (acc === null ? u : finerUnit(acc, u)),
    null,
  );
  const shared = levels.find((v) => v.q.unit !== null)?.q.unit ?? null;
  const unit = finest !== null && isDurationUnit(shared) ? finest : shared;
  const out = values.map((v): Value => {
    let own = v.q.unit;
    if (own === null && v.role !== 'by' && !v.q.multiplier) own = shared;
    if (finest !== null && isDurationUnit(own)) {
      return { ...v, value: tidy(convertDuration(v.q.value, own, finest)), unit: finest };
    }
    return { ...v, value: v.q.value, unit: own };
  });
  return { values: out, unit };
}
