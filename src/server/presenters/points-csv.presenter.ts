import { stringify } from 'csv-stringify/sync';
import type { DataPoint } from '../../core/model.js';

/**
 * A KPI's points as a CSV file for spreadsheets: `at,value,note,source` with a header
 * row, instants as ISO 8601 in UTC and values as plain numbers (a dot, no grouping), so
 * the file means the same in every locale and `POST /kpis/{id}/points.csv` reads it back.
 */
export function pointsCsv(points: readonly DataPoint[]): string {
  return stringify(
    points.map((p) => [new Date(p.at).toISOString(), String(p.value), p.note ?? '', p.source ?? '']),
    { header: true, columns: ['at', 'value', 'note', 'source'] },
  );
}

/** `first-response-time-points.csv`: the KPI's id is already safe in a file name. */
export function pointsCsvFileName(kpi: string): string {
  return `${kpi.replace(/[^a-z0-9_-]/gi, '-')}-points.csv`;
}
