import { useEffect, useRef } from 'react';
import type { ValueConflict } from '../api/problem.js';
import type { Formatter } from '../format.js';
import { useWorkspace } from '../session/workspace-context.js';

const LISTED = 8;

/** "There is already 42 min at 10 Nov 12:00. Replace it with 38 min?" in the workspace's locale. */
export function replaceSentence(conflict: ValueConflict, fmt: Formatter, unit?: string | null): string {
  return (
    `There is already ${fmt.value(conflict.stored, unit)} at ${fmt.dateTime(conflict.at)}. ` +
    `Replace it with ${fmt.value(conflict.value, unit)}?`
  );
}

/**
 * Asks before values stored at the same instants are replaced: one sentence for one value,
 * a list (with the file's rows) for several. Nothing was stored until the person says so.
 */
export function ReplaceQuestion({
  conflicts,
  unit,
  nameOf,
  busy,
  onReplace,
  onKeep,
}: {
  readonly conflicts: readonly ValueConflict[];
  readonly unit?: string | null;
  /** The KPI's name, when the values belong to several KPIs. */
  readonly nameOf?: (kpi: string) => string;
  readonly busy: boolean;
  readonly onReplace: () => void;
  readonly onKeep: () => void;
}) {
  const { fmt } = useWorkspace();
  const replaceButton = useRef<HTMLButtonElement>(null);
  useEffect(() => replaceButton.current?.focus(), []);
  const [first] = conflicts;
  if (!first) return null;
  const many = conflicts.length > 1;
  return (
    <div className="alert alert-warning" role="alertdialog" aria-label="Replace the stored value?">
      {many ? (
        <>
          <p>
            {fmt.number(conflicts.length, 0)} values are already recorded at these instants. Replace them?
          </p>
          <ul>
            {conflicts.slice(0, LISTED).map((c) => (
              <li key={`${c.kpi}:${c.at}`}>
                {c.row !== undefined && `Row ${c.row}: `}
                {nameOf ? `${nameOf(c.kpi)}, ` : ''}
                {fmt.dateTime(c.at)}: {fmt.value(c.stored, unit)} → {fmt.value(c.value, unit)}
              </li>
            ))}
          </ul>
          {conflicts.length > LISTED && <p className="small">…and {conflicts.length - LISTED} more.</p>}
        </>
      ) : (
        <p>{replaceSentence(first, fmt, unit)}</p>
      )}
      <div className="row">
        <button
          ref={replaceButton}
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={onReplace}
        >
          {many ? `Replace ${fmt.number(conflicts.length, 0)} values` : 'Replace'}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={onKeep}>
          {many ? 'Keep the stored values' : `Keep ${fmt.value(first.stored, unit)}`}
        </button>
      </div>
    </div>
  );
}
