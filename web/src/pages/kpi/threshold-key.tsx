import type { ThresholdChange } from '../../api/types.js';
import { rangeText } from '../../range-text.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** The key to the chart's dashed markers: when the healthy range moved, to what, and why. */
export function ThresholdKey({
  changes,
  unit,
}: {
  readonly changes: readonly ThresholdChange[];
  readonly unit?: string | null;
}) {
  const { fmt } = useWorkspace();
  if (changes.length === 0) return null;
  return (
    <ul className="chart-key muted small" aria-label="Threshold moves on the chart">
      {[...changes]
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
        .map((c) => (
          <li key={c.at}>
            <span className="chart-key-change" aria-hidden="true" />
            {fmt.date(c.at)}: healthy {rangeText(c.to, unit, fmt) ?? 'none'}
            {c.reason ? ` · ${c.reason}` : ''}
          </li>
        ))}
    </ul>
  );
}
