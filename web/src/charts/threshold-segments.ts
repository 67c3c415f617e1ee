import type { Range, ThresholdChange } from '../api/types.js';

/** A range in force over a span of time (seconds; open ends are unbounded). */
export interface RangeSpan {
  readonly range: Range;
  readonly from?: number;
  readonly to?: number;
}

/**
 * The healthy range as it was at each moment (issue 9: "the chart draws each threshold
 * only from the date it took effect"): before the first move, that move's `from`; between
 * two moves, the earlier one's `to`; after the last, the range in force now. The warning
 * range has no history, so it is drawn only since the last move (or throughout without one).
 */
export function thresholdSpans(
  changes: readonly ThresholdChange[],
  healthy: Range | null | undefined,
  warning: Range | null | undefined,
): {
  readonly healthy: readonly RangeSpan[];
  readonly warning: readonly RangeSpan[];
  readonly moves: readonly number[];
} {
  const sorted = [...changes].sort((a, b) => seconds(a.at) - seconds(b.at));
  const moves = sorted.map((c) => seconds(c.at));
  const spans: RangeSpan[] = [];
  let start: number | undefined;
  for (const [i, change] of sorted.entries()) {
    const range = i === 0 ? change.from : (sorted[i - 1] as ThresholdChange).to;
    spans.push({ range, ...(start === undefined ? {} : { from: start }), to: moves[i] as number });
    start = moves[i];
  }
  if (healthy) spans.push({ range: healthy, ...(start === undefined ? {} : { from: start }) });
  const warningSpans = warning ? [{ range: warning, ...(start === undefined ? {} : { from: start }) }] : [];
  return { healthy: spans.filter((s) => bounded(s.range)), warning: warningSpans, moves };
}

function bounded(range: Range): boolean {
  return typeof range.min === 'number' || typeof range.max === 'number';
}

function seconds(at: string | number): number {
  return (typeof at === 'number' ? at : Date.parse(at)) / 1000;
}
