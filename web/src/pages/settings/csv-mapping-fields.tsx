import { useId } from 'react';
import type { Kpi, PointsMapping } from '../../api/types.js';

type DateOrder = NonNullable<PointsMapping['dateOrder']>;

/** Which column of the uploaded file is the date, the value, the KPI and the note. */
export function CsvMappingFields({
  header,
  mapping,
  oneKpi,
  kpis,
  onChange,
}: {
  readonly header: readonly string[];
  readonly mapping: PointsMapping;
  readonly oneKpi: string;
  readonly kpis: readonly Kpi[];
  readonly onChange: (mapping: PointsMapping, oneKpi: string) => void;
}) {
  const id = useId();
  const set = (patch: Partial<Record<keyof PointsMapping, string>>) => {
    const next: Record<string, string | undefined> = { ...mapping, ...patch };
    for (const key of Object.keys(next)) if (next[key] === '') delete next[key];
    onChange(next as unknown as PointsMapping, oneKpi);
  };
  const columns = (field: 'at' | 'value' | 'kpi' | 'note', label: string, none?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <select
        id={`${id}-${field}`}
        className="select"
        value={mapping[field] ?? ''}
        onChange={(e) => set({ [field]: e.target.value })}
      >
        {none !== undefined && <option value="">{none}</option>}
        {header.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="stack">
      <legend>Columns</legend>
      <div className="form-row">
        {columns('at', 'Date column')}
        {columns('value', 'Value column')}
      </div>
      <div className="form-row">
        {columns('kpi', 'KPI column', 'None: every row is one KPI')}
        {mapping.kpi === undefined && (
          <div className="field">
            <label htmlFor={`${id}-one`}>KPI of every row</label>
            <select
              id={`${id}-one`}
              className="select"
              value={oneKpi}
              onChange={(e) => onChange(mapping, e.target.value)}
            >
              <option value="">Choose a KPI</option>
              {kpis.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="form-row">
        {columns('note', 'Note column', 'None')}
        <div className="field">
          <label htmlFor={`${id}-order`}>Dates written</label>
          <select
            id={`${id}-order`}
            className="select"
            value={mapping.dateOrder ?? ''}
            onChange={(e) => set({ dateOrder: e.target.value as DateOrder | '' })}
          >
            <option value="">Guess from the file</option>
            <option value="ymd">2026-11-30</option>
            <option value="dmy">30/11/2026 (day first)</option>
            <option value="mdy">11/30/2026 (month first)</option>
          </select>
        </div>
      </div>
    </fieldset>
  );
}
