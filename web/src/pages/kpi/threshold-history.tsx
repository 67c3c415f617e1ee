import type { ThresholdChange } from '../../api/types.js';
import { rangeText } from '../../range-text.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** Each ratchet of the healthy range: from, to, and the key result that earned it. */
export function ThresholdHistory({
  changes,
  unit,
  keyResultTitle = () => undefined,
}: {
  readonly changes: readonly ThresholdChange[];
  readonly unit?: string | null;
  /** A key result's title by id: records are named, never shown by id. */
  readonly keyResultTitle?: (id: string) => string | undefined;
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
              {c.keyResult ? ` · ratcheted by “${keyResultTitle(c.keyResult) ?? 'a key result'}”` : ''}
              {c.reason ? ` · ${c.reason}` : ''}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
