import { useId, useState } from 'react';
import type { ImportTool, Initiative, Kpi, ToolImportResult } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useResource } from '../../hooks/use-resource.js';
import { useWorkspace } from '../../session/workspace-context.js';
import {
  choicesInput,
  isTimeTracker,
  type ToolImportChoices,
  ToolImportOptions,
} from './tool-import-options.js';

const TOOLS: readonly { readonly tool: ImportTool; readonly label: string }[] = [
  { tool: 'toggl', label: 'Toggl Track — Detailed report CSV (time entries)' },
  { tool: 'clockify', label: 'Clockify — Detailed report CSV (time entries)' },
  { tool: 'okr-csv', label: 'OKR CSV (objective, key result, owner, baseline, target, current, due)' },
  { tool: 'viva-goals', label: 'Viva Goals export saved as CSV' },
  { tool: 'perdoo', label: 'Perdoo export saved as CSV' },
  { tool: 'sheets', label: 'Google Sheets / Excel OKR template saved as CSV' },
];

/**
 * Another tool's export into this workspace (docs/importers.md), the same importers as
 * `ratchet import --from`: check the file first (every problem by row, nothing stored),
 * then import it whole.
 */
export function ToolImport() {
  const { ws, api } = useWorkspace();
  const id = useId();
  const [tool, setTool] = useState<ImportTool>('toggl');
  const [file, setFile] = useState<{ name: string; text: string }>();
  const [initiative, setInitiative] = useState('');
  const [billableKpi, setBillableKpi] = useState('');
  const [choices, setChoices] = useState<ToolImportChoices>({});
  const [checked, setChecked] = useState<ToolImportResult>();
  const [done, setDone] = useState<ToolImportResult>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const initiatives = useResource<readonly Initiative[]>(`initiatives:${ws}`, (signal) =>
    api.initiatives(signal).then((p) => p.items),
  );
  const kpis = useResource<readonly Kpi[]>(`kpis:${ws}`, (signal) => api.kpis(signal).then((p) => p.items));
  const reset = () => {
    setChecked(undefined);
    setDone(undefined);
    setError(null);
  };

  async function run(dryRun: boolean) {
    if (!file) return;
    setBusy(true);
    reset();
    try {
      const options = {
        ...choicesInput(tool, choices),
        ...(isTimeTracker(tool)
          ? { ...(initiative ? { initiative } : {}), ...(billableKpi ? { billableKpi } : {}) }
          : {}),
      };
      const result = await api.importFromTool(tool, { csv: file.text, dryRun, ...options });
      if (dryRun) setChecked(result);
      else setDone(result);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="tool-import-title">
      <h2 id="tool-import-title" className="section-title">
        Import from another tool
      </h2>
      <div className="field">
        <label htmlFor={`${id}-tool`}>Export from</label>
        <select
          id={`${id}-tool`}
          className="select"
          value={tool}
          onChange={(e) => {
            setTool(e.target.value as ImportTool);
            setChoices({});
            reset();
          }}
        >
          {TOOLS.map((t) => (
            <option key={t.tool} value={t.tool}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>Export file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            reset();
            const chosen = e.target.files?.[0];
            if (!chosen) return setFile(undefined);
            void chosen.text().then((text) => setFile({ name: chosen.name, text }));
          }}
        />
      </div>
      {isTimeTracker(tool) && (
        <div className="form-row">
          <div className="field">
            <label htmlFor={`${id}-initiative`}>Initiative</label>
            <select
              id={`${id}-initiative`}
              className="select"
              value={initiative}
              onChange={(e) => {
                setInitiative(e.target.value);
                reset();
              }}
            >
              <option value="">Match each project to an initiative by name</option>
              {(initiatives.data ?? []).map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-kpi`}>Weekly billable hours to KPI</label>
            <select
              id={`${id}-kpi`}
              className="select"
              value={billableKpi}
              onChange={(e) => {
                setBillableKpi(e.target.value);
                reset();
              }}
            >
              <option value="">None</option>
              {(kpis.data ?? []).map((k) => (
                <option key={k.id} value={k.id}>
                  {k.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <ToolImportOptions
        id={id}
        tool={tool}
        csv={file?.text}
        choices={choices}
        onChange={(next) => {
          setChoices(next);
          reset();
        }}
      />
      <div className="row">
        <button type="button" className="btn" disabled={busy || !file} onClick={() => void run(true)}>
          Check file
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || checked === undefined}
          onClick={() => void run(false)}
        >
          Import
        </button>
      </div>
      {error !== null && <ErrorNotice error={error} />}
      {checked && !done && (
        <p role="status" className="alert alert-info">
          {checked.summary} Nothing is stored until you import.
        </p>
      )}
      {done && (
        <p role="status" className="alert alert-success">
          {done.summary}
        </p>
      )}
    </section>
  );
}
