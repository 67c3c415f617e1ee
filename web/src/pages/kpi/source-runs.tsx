import { useState } from 'react';
import type { KpiSource, KpiSourceView } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useResource } from '../../hooks/use-resource.js';
import { useWorkspace } from '../../session/workspace-context.js';

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
  if (view.error !== undefined) return <ErrorNotice error={view.error} onRetry={view.reload} />;
  const source = view.data?.source;
  if (!source) return null;
  const runNow = async () => {
    setRunning(true);
    setFailure(undefined);
    try {
      await api.runKpiSource(kpi);
      view.reload();
      onRan();
    } catch (error) {
      setFailure(error);
    } finally {
      setRunning(false);
    }
  };
  const runs = view.data?.runs ?? [];
  return (
    <section className="card" aria-labelledby="source-title">
      <div className="section-title">
        <h2 id="source-title">Source</h2>
        <button type="button" className="btn" onClick={runNow} disabled={running}>
          {running ? 'Running…' : 'Run now'}
        </button>
      </div>
      <p>{describe(source)}</p>
      {failure !== undefined && <ErrorNotice error={failure} />}
      {runs.length === 0 ? (
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
