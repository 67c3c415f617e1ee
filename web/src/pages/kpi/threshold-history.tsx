import type { ThresholdChange } from '../../api/types.js';
import { rangeText } from '../../range-text.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** Each ratchet of the healthy range: from, to, and the key result that earned it. */
export function ThresholdHistory({
  changes,
  unit,
}: {
  readonly changes: readonly ThresholdChange[];
  readonly unit?: string | null;
}) {
  const { fmt } = useWorkspace();
  if (changes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="thresholds-title">
      <h2 id="thresholds-title" className="section-title">
        Threshold history
      </h2>
      <ol className="timeline">
        {[...changes].reverse().map((c) => (
          <li key={String(c.at)}>
            <p>
              <span className="muted">{rangeText(c.from, unit, fmt) ?? 'none'}</span> →{' '}
              <strong>{rangeText(c.to, unit, fmt) ?? 'none'}</strong>
            </p>
            <p className="muted small">
              {fmt.date(c.at)}
              {c.keyResult ? ` · ratcheted by key result ${c.keyResult}` : ''}
              {c.reason ? ` · ${c.reason}` : ''}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
