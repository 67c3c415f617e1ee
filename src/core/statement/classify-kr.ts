import type { Classified, DirectionReason, Facts, KindReason } from './classify.js';
import { first, kpi } from './classify-kpi.js';
import { polarityOf } from './lexicon.js';
import { tidy } from './numbers.js';
import type { Direction, StatementChange } from './statement.types.js';

/**
 * A key result's fields: where it starts (from, "(currently X)", the number before an
 * arrow), where it should go, the change stated and the direction (docs/statements.md,
 * "Fields"). Which statements are key results is decided in `classify.ts`.
 */
const GOAL_BEFORE = /\b(?:achiev|reach|hit|attain)[a-z]*\s+(?:an?\s+)?$/i;

export function keyResult(f: Facts, reason: KindReason, factor: number | undefined): Classified {
  const cls = f.verb?.cls;
  const from = first(f, 'from');
  const now = first(f, 'now');
  let baselineV = from ?? now;
  // "4.2% → 2.5%", "Churn: 4.2% -> 2.5%", "9.4 days → 3-5 days": the number before the
  // arrow is where it starts.
  const arrow = f.values.find((v) => v.marker === '→' && (v.role === 'to' || v.role === 'low'));
  if (!baselineV && arrow) {
    baselineV = f.values
      .filter((v) => (v.role === 'bare' || v.role === 'level') && v.index < arrow.index)
      .at(-1);
  }
  let targetV = f.values.find(
    (v) =>
      v !== baselineV && (v.role === 'to' || v.role === 'level' || v.role === 'upper' || v.role === 'lower'),
  );
  const bares = f.values.filter((v) => v.role === 'bare');
  if (!targetV) targetV = bares.find((v) => v !== baselineV);
  // "Achieve 5-star reviews from 10 clients": with nothing else, "from N" is the count.
  if (!targetV && baselineV === from && from && (cls === 'reach' || cls === 'acquire')) {
    targetV = from;
    baselineV = undefined;
  }
  const low = first(f, 'low');
  const high = first(f, 'high');
  const range = low && high;
  let byV = first(f, 'by');
  let unit = f.unit;
  // "Increase revenue 20%": a bare percentage after a change verb is the change.
  if (
    !byV &&
    targetV?.role === 'bare' &&
    !baselineV &&
    (cls === 'up' || cls === 'down') &&
    targetV.q.unit === '%' &&
    // "… to achieve a 95% error-free rate": a level to reach, not the change.
    !GOAL_BEFORE.test(f.text.slice(0, targetV.q.start))
  ) {
    byV = targetV;
    targetV = undefined;
    unit = null;
  }
  // "Achieve 40% month-over-month growth": a goal verb names the rate to reach, not a change.
  if (
    cls === 'reach' &&
    byV &&
    !targetV &&
    byV.marker === '' &&
    byV.q.sign === null &&
    !byV.q.multiplier &&
    !f.changeSigns.has(byV.index)
  ) {
    targetV = byV;
    byV = undefined;
    unit = unit ?? targetV.q.unit;
  }
  const baseline = baselineV?.value ?? null;
  let target = range ? null : (targetV?.value ?? null);
  const current = from && now ? now.value : null;
  const explicitSign = byV
    ? byV.q.sign === '-'
      ? -1
      : byV.q.sign === '+'
        ? 1
        : f.changeSigns.get(byV.index)
    : undefined;
  const { direction, directionReason } = changeDirection(
    f,
    baseline,
    target ?? (range ? (low.value + high.value) / 2 : null),
    explicitSign,
    factor,
  );
  let change: StatementChange | null = null;
  if (byV) {
    const amount = byV.q.multiplier ? (byV.value - 1) * 100 : byV.value;
    const relative = byV.q.multiplier || byV.q.unit === '%';
    change = { amount: tidy(direction === 'decrease' ? -Math.abs(amount) : Math.abs(amount)), relative };
    if (unit === null && !relative) unit = byV.q.unit === 'pp' ? '%' : byV.q.unit;
  } else if (factor !== undefined) {
    change = { amount: factor, relative: true };
  }
  let inferredBaseline = baseline;
  if (target === null && !range && baseline !== null && change) {
    target = tidy(change.relative ? baseline * (1 + change.amount / 100) : baseline + change.amount);
  }
  // "Increase revenue by $2.5M to $10M" starts at $7.5M.
  if (baseline === null && target !== null && change && change.amount !== 0 && byV) {
    inferredBaseline = tidy(change.relative ? target / (1 + change.amount / 100) : target - change.amount);
  }
  return {
    kind: 'key_result',
    reason,
    direction,
    directionReason,
    baseline: inferredBaseline,
    target,
    low: range ? low.value : null,
    high: range ? high.value : null,
    current,
    change,
    unit,
  };
}

function changeDirection(
  f: Facts,
  baseline: number | null,
  target: number | null,
  explicitSign: 1 | -1 | undefined,
  factor: number | undefined,
): { direction: Direction | null; directionReason: DirectionReason | null } {
  if (baseline !== null && target !== null && baseline !== target) {
    return { direction: target > baseline ? 'increase' : 'decrease', directionReason: 'numbers' };
  }
  const cls = f.verb?.cls;
  const particle = f.verb?.particle;
  // The verb outranks words after the number: "Cut spend by 18% QoQ" goes down.
  if (explicitSign !== undefined && cls !== 'up' && cls !== 'down') {
    return { direction: explicitSign > 0 ? 'increase' : 'decrease', directionReason: 'change' };
  }
  if (factor !== undefined)
    return { direction: factor > 0 ? 'increase' : 'decrease', directionReason: 'verb' };
  if (cls === 'up' || particle === 'up') return { direction: 'increase', directionReason: 'verb' };
  if (cls === 'down' || particle === 'down') return { direction: 'decrease', directionReason: 'verb' };
  const polarity = polarityOf(f.metric);
  if (polarity)
    return { direction: polarity === 'lower' ? 'decrease' : 'increase', directionReason: 'polarity' };
  return { direction: 'increase', directionReason: 'assumed' };
}

/**
 * A key result moves its metric: "from 5% to 5%" moves nothing and is a level to hold
 * (domain.md: a KR's baseline and target are never equal). A target range is low to high.
 */
export function settled(f: Facts, c: Classified): Classified {
  if (c.baseline !== null && c.baseline === c.target) return kpi(f, 'level');
  if (c.low !== null && c.high !== null && c.low > c.high) return { ...c, low: c.high, high: c.low };
  return c;
}
