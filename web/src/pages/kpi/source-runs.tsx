import { useState } from 'react';
import type { KpiSource, KpiSourceView, SourceRun } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useResource } from '../../hooks/use-resource.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { SourceEditor } from './source-editor.js';

const STATUS_WORDS = { ok: 'Stored', not_modified: 'Unchanged', error: 'Failed' } as const;

/** Where the KPI's values come from, and how its latest runs went (docs/sources.md). */
export function SourceRuns({
  kpi,
  unit,
  onRan,
}: {
  readonly kpi: string;
  readonly unit?: string | null;
  readonly onRan: () => void;
}) {
  const { ws, api, fmt } = useWorkspace();
  const view = useResource<KpiSourceView>(`kpi-source:${ws}:${kpi}`, (signal) => api.kpiSource(kpi, signal));
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [editing, setEditing] = useState(false);
  const [ranNow, setRanNow] = useState(false);
  if (view.error !== undefined) return <ErrorNotice error={view.error} onRetry={view.reload} />;
  if (!view.data) return null;
  const source = view.data.source;
  const runNow = async () => {
    setRunning(true);
    setFailure(undefined);
    try {
      await api.runKpiSource(kpi);
      setRanNow(true);
      view.reload();
      onRan();
    } catch (error) {
      setFailure(error);
    } finally {
      setRunning(false);
    }
  };
  const remove = async () => {
    setFailure(undefined);
    try {
      await api.removeKpiSource(kpi);
      setRanNow(false);
      view.reload();
    } catch (error) {
      setFailure(error);
    }
  };
  const runs = view.data.runs;
  if (editing)
    return (
      <section className="card" aria-labelledby="source-title">
        <h2 id="source-title" className="section-title">
          {source ? 'Change the source' : 'Set a source'}
        </h2>
        <SourceEditor
          kpi={kpi}
          current={source}
          onCancel={() => setEditing(false)}
          onSaved={(ran) => {
            setEditing(false);
            setRanNow(ran);
            view.reload();
            if (ran) onRan();
          }}
        />
      </section>
    );
  return (
    <section className="card" aria-labelledby="source-title">
      <div className="section-title">
        <h2 id="source-title">Source</h2>
        <div className="row">
          {source && (
            <button type="button" className="btn" onClick={runNow} disabled={running}>
              {running ? 'Running…' : 'Run now'}
            </button>
          )}
          <button type="button" className="btn btn-ghost" onClick={() => setEditing(true)}>
            {source ? 'Change' : 'Set a source'}
          </button>
          {source && (
            <button type="button" className="btn btn-ghost" onClick={() => void remove()}>
              Remove
            </button>
          )}
        </div>
      </div>
      {source ? (
        <p>{describe(source)}</p>
      ) : (
        <p className="muted">
          Values are typed or uploaded. A source fetches them from an API, a database, or other KPIs.
        </p>
      )}
      {failure !== undefined && <ErrorNotice error={failure} />}
      {ranNow && runs[0] && (
        <p role="status" className={runs[0].status === 'error' ? 'text-breach' : 'text-healthy'}>
          {runResult(runs[0], fmt.value(runs[0].value ?? null, unit))}
        </p>
      )}
      {!source ? null : runs.length === 0 ? (
        <p className="muted">Not run yet.</p>
      ) : (
        <table className="table" aria-label="Latest runs">
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">Result</th>
              <th scope="col" className="num">
                Value
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.slice(0, 8).map((run) => (
              <tr key={`${run.at}-${run.finishedAt}`}>
                <td>{fmt.dateTime(run.at)}</td>
                <td className={run.status === 'error' ? 'tone-breach tone-text' : undefined}>
                  {STATUS_WORDS[run.status]}
                  {run.status === 'ok' && ` · ${run.points} ${run.points === 1 ? 'value' : 'values'}`}
                  {run.error && <span className="small"> — {run.error}</span>}
                </td>
                <td className="num">{run.value === undefined ? '' : fmt.value(run.value, unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function runResult(run: SourceRun, value: string): string {
  if (run.status === 'error') return `The run failed: ${run.error ?? 'no reason given'}`;
  if (run.status === 'not_modified') return 'The run found nothing new.';
  return `The run stored ${run.points} ${run.points === 1 ? 'value' : 'values'}${run.value === undefined ? '' : `, latest ${value}`}.`;
}

function describe(source: KpiSource): string {
  switch (source.kind) {
    case 'http':
      return `Fetched from ${source.url}, value ${source.value}${source.schedule ? `, on ${source.schedule} (UTC)` : ', each period'}.`;
    case 'sql':
      return `Read by a SQL query${source.schedule ? ` on ${source.schedule} (UTC)` : ' each period'}: ${source.query}`;
    case 'formula':
      return `Computed: ${source.expression} — recomputed whenever an input gets a new value.`;
  }
}
