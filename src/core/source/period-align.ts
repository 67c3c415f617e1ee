import type { Cadence, DataPoint, Instant } from '../model.js';

/**
 * The start of the calendar period an instant falls in (UTC): the day, the ISO week
 * (from Monday), the month or the quarter. Formula inputs are matched by this period.
 */
export function periodStart(cadence: Cadence, at: Instant): Instant {
  const d = new Date(at);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  switch (cadence) {
    case 'daily':
      return Date.UTC(y, m, day);
    case 'weekly':
      return Date.UTC(y, m, day - ((d.getUTCDay() + 6) % 7));
    case 'monthly':
      return Date.UTC(y, m, 1);
    case 'quarterly':
      return Date.UTC(y, m - (m % 3), 1);
  }
}

/**
 * Each input's value per period of the formula's cadence: the latest point of the
 * period. Only periods where every input has a value are kept — a formula over half its
 * inputs would be a wrong number, not a partial one.
 */
export function alignByPeriod(
  cadence: Cadence,
  inputs: ReadonlyMap<string, readonly DataPoint[]>,
): Map<Instant, Map<string, number>> {
  const latest = new Map<Instant, Map<string, DataPoint>>();
  for (const [id, points] of inputs) {
    for (const point of points) {
      const period = periodStart(cadence, point.at);
      const row = latest.get(period) ?? new Map<string, DataPoint>();
      latest.set(period, row);
      const was = row.get(id);
      if (was === undefined || was.at <= point.at) row.set(id, point);
    }
  }
  const aligned = new Map<Instant, Map<string, number>>();
  for (const period of [...latest.keys()].sort((a, b) => a - b)) {
    const row = latest.get(period) as Map<string, DataPoint>;
    if (row.size !== inputs.size) continue;
    aligned.set(period, new Map([...row].map(([id, p]) => [id, p.value])));
  }
  return aligned;
}
