import type { Classified, DirectionReason, Facts, KindReason } from './classify.js';
import { polarityOf } from './lexicon.js';
import type { Value } from './normalise.js';

/**
 * A KPI's healthy range from a statement: a range, a bound, or a level whose side comes
 * from the polarity of the metric (domain.md: at_least, at_most, between).
 */
const TARGET_BRACKET = /\(\s*(?:target|goal)s?\b[^()]*$/i;

export function kpi(f: Facts, reason: KindReason): Classified {
  const upper = first(f, 'upper');
  const lower = first(f, 'lower');
  const low = first(f, 'low');
  const high = first(f, 'high');
  const base = { kind: 'kpi' as const, reason, baseline: null, change: null, unit: f.unit };
  // "Email: 40% of contacts (Target: 30-50%)": the level outside a target's brackets is the value now.
  const targeted = [upper, lower, low, high].some(
    (v) => v && TARGET_BRACKET.test(f.text.slice(0, v.q.start)),
  );
  const now =
    first(f, 'now') ??
    (targeted
      ? f.values.find(
          (v) =>
            (v.role === 'level' || v.role === 'bare') && !TARGET_BRACKET.test(f.text.slice(0, v.q.start)),
        )
      : undefined);
  if ((low && high) || (upper && lower)) {
    // "between 80 and 70" is the same range as "between 70 and 80".
    const [lo = null, hi = null] = [(lower ?? low)?.value ?? 0, (upper ?? high)?.value ?? 0].sort(
      (a, b) => a - b,
    );
    return {
      ...base,
      direction: 'between',
      directionReason: 'comparator',
      target: null,
      low: lo,
      high: hi,
      current: now?.value ?? null,
    };
  }
  if (upper || lower) {
    const bound = (upper ?? lower) as Value;
    const current = now?.value ?? null;
    return upper
      ? {
          ...base,
          direction: 'at_most',
          directionReason: 'comparator',
          target: bound.value,
          low: null,
          high: bound.value,
          current,
        }
      : {
          ...base,
          direction: 'at_least',
          directionReason: 'comparator',
          target: bound.value,
          low: bound.value,
          high: null,
          current,
        };
  }
  const from = first(f, 'from');
  const to = first(f, 'to');
  // "Keep utilisation from 70% to 80%": a range to hold.
  if (from && to && reason === 'maintain-verb') {
    const [lo, hi] = [from.value, to.value].sort((a, b) => a - b);
    return {
      ...base,
      direction: 'between',
      directionReason: 'comparator',
      target: null,
      low: lo ?? null,
      high: hi ?? null,
      current: now?.value ?? null,
    };
  }
  const targetV = to ?? (now ? first(f, 'level') : first(f, 'level', 'bare', 'low', 'high'));
  const currentV = to ? (now ?? first(f, 'level', 'bare', 'from')) : now;
  const target = targetV?.value ?? null;
  const current = currentV && currentV !== targetV ? currentV.value : null;
  if (target === null)
    return { ...base, direction: null, directionReason: null, target: null, low: null, high: null, current };
  // A service level is a share of things done in time: more is better, whatever the things.
  const { direction, directionReason } =
    reason === 'service-level'
      ? { direction: 'at_least' as const, directionReason: 'comparator' as const }
      : levelDirection(f, targetV, target, current);
  return direction === 'at_most'
    ? { ...base, direction, directionReason, target, low: null, high: target, current }
    : { ...base, direction, directionReason, target, low: target, high: null, current };
}

function levelDirection(
  f: Facts,
  targetV: Value | undefined,
  target: number,
  current: number | null,
): { direction: 'at_least' | 'at_most'; directionReason: DirectionReason } {
  if (targetV?.q.plus) return { direction: 'at_least', directionReason: 'comparator' };
  const polarity = polarityOf(f.metric);
  if (polarity)
    return { direction: polarity === 'lower' ? 'at_most' : 'at_least', directionReason: 'polarity' };
  // A dashboard reading shows a gap: the target is on the side the value has not reached.
  if (current !== null && current !== target)
    return { direction: target > current ? 'at_least' : 'at_most', directionReason: 'reading' };
  return { direction: 'at_least', directionReason: 'assumed' };
}

export function first(f: Facts, ...roles: Value['role'][]): Value | undefined {
  for (const role of roles) {
    const v = f.values.find((x) => x.role === role);
    if (v) return v;
  }
  return undefined;
}
