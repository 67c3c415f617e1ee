import { useEffect, useState } from 'react';
import { type ValueConflict, valueConflicts } from '../../api/problem.js';
import type { Kpi, PointsCsvPreview, PointsCsvResult, PointsMapping } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { ReplaceQuestion } from '../../components/replace-question.js';
import { useResource } from '../../hooks/use-resource.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { csvHeader, startingMapping } from './csv-columns.js';
import { CsvMappingFields } from './csv-mapping-fields.js';
import { PreviewReport } from './points-preview.js';

interface Upload {
  readonly name: string;
  readonly text: string;
  readonly header: readonly string[];
}

/**
 * "Any CSV in" (docs/importers.md): upload a file, say which column is the date, the value
 * and the KPI, preview every row problem, dry run, import. The server keeps the mapping
 * for the next upload.
 */
export function PointsCsvImport() {
  const { ws, api, fmt } = useWorkspace();
  const kpis = useResource<readonly Kpi[]>(`kpis:${ws}`, (signal) => api.kpis(signal).then((p) => p.items));
  const saved = useResource(`points-mapping:${ws}`, (signal) => api.savedPointsMapping(signal));
  const [upload, setUpload] = useState<Upload>();
  const [mapping, setMapping] = useState<PointsMapping>({ at: '', value: '' });
  // Until the person picks a column, the mapping follows the saved one, which may arrive
  // after the file was chosen.
  const [edited, setEdited] = useState(false);
  const savedMapping = saved.data?.mapping ?? null;
  useEffect(() => {
    if (upload && !edited) setMapping(startingMapping(upload.header, savedMapping));
  }, [upload, savedMapping, edited]);
  const [oneKpi, setOneKpi] = useState('');
  const [preview, setPreview] = useState<PointsCsvPreview>();
  const [result, setResult] = useState<PointsCsvResult>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<{ step: 'dry' | 'import'; conflicts: readonly ValueConflict[] }>();

  async function choose(file: File | undefined) {
    setPreview(undefined);
    setResult(undefined);
    setError(null);
    if (!file) return setUpload(undefined);
    const text = await file.text();
    const header = csvHeader(text);
    setEdited(false);
    setUpload({ name: file.name, text, header });
  }

  /**
   * The import replaces the values the preview listed as replacing (the person saw them);
   * any that appeared since are asked about before the import is sent again.
   */
  async function run(step: 'preview' | 'dry' | 'import', replaceNew = false) {
    if (!upload) return;
    setBusy(true);
    setError(null);
    setAsking(undefined);
    const input = {
      csv: upload.text,
      mapping,
      ...(mapping.kpi === undefined && oneKpi ? { kpi: oneKpi } : {}),
    };
    try {
      if (step === 'preview') {
        setResult(undefined);
        setPreview(await api.previewPointsCsv(input));
      } else {
        const replace = replaceNew || (preview?.replacing.length ?? 0) > 0;
        setResult(await api.importPointsCsv({ ...input, dryRun: step === 'dry', replace }));
        if (step === 'import') saved.reload();
      }
    } catch (e) {
      const conflicts = valueConflicts(e);
      if (step !== 'preview' && conflicts.length > 0 && !replaceNew) setAsking({ step, conflicts });
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  const nameOf = (id: string) => kpis.data?.find((k) => k.id === id)?.name ?? id;
  const ready = preview !== undefined && preview.problems.length === 0 && preview.kpis.length > 0;
  return (
    <section className="card" aria-labelledby="points-import-title">
      <h2 id="points-import-title" className="section-title">
        Import KPI values from a CSV
      </h2>
      <p className="muted small">
        Any spreadsheet export: a date column, a value column and, for many KPIs in one file, a column naming
        the KPI by id or name. Nothing is stored unless every row is right.
      </p>
      <div className="field">
        <label htmlFor="points-csv-file">CSV file</label>
        <input
          id="points-csv-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      {upload && (
        <>
          {saved.data?.mapping && (
            <p className="muted small">Columns start from the mapping of your last import.</p>
          )}
          <CsvMappingFields
            header={upload.header}
            mapping={mapping}
            oneKpi={oneKpi}
            kpis={kpis.data ?? []}
            onChange={(next, kpi) => {
              setEdited(true);
              setMapping(next);
              setOneKpi(kpi);
              setPreview(undefined);
              setResult(undefined);
            }}
          />
          <div className="row">
            <button type="button" className="btn" disabled={busy} onClick={() => void run('preview')}>
              Preview
            </button>
            <button type="button" className="btn" disabled={busy || !ready} onClick={() => void run('dry')}>
              Dry run
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy || !ready}
              onClick={() => void run('import')}
            >
              {preview && preview.replacing.length > 0
                ? `Import, replacing ${fmt.number(preview.replacing.length, 0)} ${preview.replacing.length === 1 ? 'value' : 'values'}`
                : 'Import'}
            </button>
          </div>
        </>
      )}
      {error !== null && <ErrorNotice error={error} />}
      {asking && (
        <ReplaceQuestion
          conflicts={asking.conflicts}
          nameOf={nameOf}
          busy={busy}
          onReplace={() => void run(asking.step, true)}
          onKeep={() => setAsking(undefined)}
        />
      )}
      {preview && !result && <PreviewReport preview={preview} nameOf={nameOf} />}
      {result && (
        <div role="status" className={result.dryRun ? 'alert alert-info' : 'alert alert-success'}>
          <p>
            {result.dryRun ? 'Dry run: would import' : 'Imported'} {fmt.number(result.points)}{' '}
            {result.points === 1 ? 'value' : 'values'}
            {result.dryRun ? '; nothing was stored.' : '.'}
          </p>
          <ul>
            {result.kpis.map((k) => (
              <li key={k.kpi}>
                <Link to={paths.kpi(ws, k.kpi)}>{nameOf(k.kpi)}</Link>: {k.inserted} new, {k.replaced}{' '}
                replaced, {k.unchanged} unchanged
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
