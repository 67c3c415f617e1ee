import { type ChangeEvent, useId, useMemo, useState } from 'react';
import { type ValueConflict, valueConflicts } from '../../api/problem.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { ReplaceQuestion } from '../../components/replace-question.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { parseCsvPoints } from './csv-points.js';

const PREVIEW_ROWS = 8;

/** Paste or upload a CSV of values; see every row's problem before anything is saved. */
export function CsvImport({
  kpi,
  unit,
  onImported,
}: {
  readonly kpi: string;
  readonly unit?: string | null;
  readonly onImported: () => void;
}) {
  const { api, fmt } = useWorkspace();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [asking, setAsking] = useState<readonly ValueConflict[]>([]);
  const id = useId();
  const rows = useMemo(() => parseCsvPoints(text, fmt.locale), [text, fmt.locale]);
  const good = rows.filter((r) => !r.error);
  const bad = rows.filter((r) => r.error);

  /** The pasted line a refused value came from (the last row at that instant counts). */
  const lineAt = (at: string) =>
    good.findLast((r) => r.at !== undefined && Date.parse(r.at) === Date.parse(at))?.line;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setText(await file.text());
  }

  /** Rows whose value would replace a stored one are sent again only after the person confirms. */
  async function importRows(replace: boolean) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const points = good.map((r) => ({
        at: r.at as string,
        value: r.value as number,
        ...(r.note ? { note: r.note } : {}),
      }));
      const result = await api.addPoints(kpi, points, crypto.randomUUID(), replace);
      setAsking([]);
      const parts = [`${fmt.number(result.inserted, 0)} new`];
      if (result.replaced > 0) parts.push(`${fmt.number(result.replaced, 0)} replaced`);
      if (result.unchanged + result.duplicates > 0)
        parts.push(`${fmt.number(result.unchanged + result.duplicates, 0)} already there`);
      setDone(`Imported ${points.length} ${points.length === 1 ? 'value' : 'values'}: ${parts.join(', ')}.`);
      setText('');
      onImported();
    } catch (e) {
      const conflicts = valueConflicts(e);
      if (conflicts.length > 0 && !replace) setAsking(conflicts.map((c) => withLine(c, lineAt(c.at))));
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="form">
      <div className="field">
        <label htmlFor={id}>Paste CSV</label>
        <textarea
          id={id}
          className="textarea mono"
          rows={5}
          placeholder={'date,value,note\n2026-01-31,8.2,January close\n2026-02-28,7.9'}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setAsking([]);
          }}
        />
        <span className="hint">
          One row per value: date (YYYY-MM-DD), value, optional note. A header row is fine.
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>Or upload a file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void onFile(e)}
        />
      </div>
      {rows.length > 0 && (
        <div className="csv-preview" aria-live="polite">
          <p className="small">
            <strong>{good.length}</strong> {good.length === 1 ? 'row' : 'rows'} ready
            {bad.length > 0 && (
              <>
                , <strong className="text-breach">{bad.length}</strong> with problems (they will be skipped)
              </>
            )}
            .
          </p>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Preview of the CSV rows</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Date</th>
                  <th scope="col" className="num">
                    Value
                  </th>
                  <th scope="col">Note or problem</th>
                </tr>
              </thead>
              <tbody>
                {[...bad, ...good].slice(0, PREVIEW_ROWS).map((r) => (
                  <tr key={r.line} className={r.error ? 'row-error' : undefined}>
                    <td>{r.line}</td>
                    <td>{r.at ? fmt.date(r.at) : '—'}</td>
                    <td className="num">{r.value === undefined ? '—' : fmt.value(r.value, unit)}</td>
                    <td>{r.error ?? r.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > PREVIEW_ROWS && (
            <p className="muted small">…and {rows.length - PREVIEW_ROWS} more rows.</p>
          )}
        </div>
      )}
      {error !== null && <ErrorNotice error={error} />}
      {asking.length > 0 && (
        <ReplaceQuestion
          conflicts={asking}
          unit={unit}
          busy={busy}
          onReplace={() => void importRows(true)}
          onKeep={() => setAsking([])}
        />
      )}
      {done && (
        <p className="alert alert-success" role="status">
          {done}
        </p>
      )}
      <div>
        <button
          type="button"
          className="btn"
          disabled={busy || good.length === 0 || asking.length > 0}
          onClick={() => void importRows(false)}
        >
          {busy
            ? 'Importing…'
            : good.length > 0
              ? `Import ${good.length} ${good.length === 1 ? 'value' : 'values'}`
              : 'Import'}
        </button>
      </div>
    </div>
  );
}

function withLine(conflict: ValueConflict, line: number | undefined): ValueConflict {
  return line === undefined ? conflict : { ...conflict, row: line };
}
