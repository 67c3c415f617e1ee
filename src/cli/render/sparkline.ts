const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/** A one-line chart of a series, low to high as ▁ to █; a flat series sits mid-height. */
export function sparkline(values: readonly number[]): string {
  if (values.length === 0) return '';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (hi === lo) return BARS[3].repeat(values.length);
  return values
    .map((v) => BARS[Math.min(BARS.length - 1, Math.floor(((v - lo) / (hi - lo)) * BARS.length))] ?? BARS[0])
    .join('');
}
