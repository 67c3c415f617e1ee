import { parse } from 'csv-parse/sync';
import { parseInstant } from '../../core/time.js';
import { HttpProblem } from '../problem.js';
import { MAX_POINTS_PER_REQUEST } from '../schemas/kpi.schema.js';

export interface CsvPoint {
  /** The file's line (the header is line 1). */
  readonly row: number;
  readonly at: number;
  readonly value: number;
  readonly note?: string;
  readonly source: 'import';
}

/**
 * Reads `at,value[,note]` CSV with a header row, the shape spreadsheets export. Every bad
 * row is reported by line, so a user fixes the file once; nothing is stored unless all
 * rows are good.
 */
export function readPointsCsv(text: string): CsvPoint[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HttpProblem(400, `The CSV cannot be read: ${reason}`);
  }
  if (rows.length === 0)
    throw new HttpProblem(422, 'The CSV has no data rows. Write a header `at,value` and one row per point.');
  if (rows.length > MAX_POINTS_PER_REQUEST) {
    throw new HttpProblem(
      413,
      `The CSV has ${rows.length} rows; send at most ${MAX_POINTS_PER_REQUEST} per request.`,
    );
  }
  const first = rows[0] ?? {};
  if (!('at' in first) || !('value' in first)) {
    throw new HttpProblem(
      422,
      'The CSV header must name the columns `at` and `value` (and optionally `note`).',
    );
  }
  const errors: { path: string; message: string }[] = [];
  const points: CsvPoint[] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    const at = parseInstant(row.at ?? '');
    const value = Number(row.value ?? '');
    if (at === undefined)
      errors.push({ path: `line ${line}.at`, message: `"${row.at}" is not a date like 2026-03-31` });
    if (row.value === undefined || row.value === '' || !Number.isFinite(value)) {
      errors.push({ path: `line ${line}.value`, message: `"${row.value}" is not a number` });
    }
    if (at !== undefined && Number.isFinite(value)) {
      points.push({ row: line, at, value, source: 'import', ...(row.note ? { note: row.note } : {}) });
    }
  });
  if (errors.length > 0) {
    throw new HttpProblem(422, `${errors.length} CSV value(s) need fixing; nothing was stored.`, {
      errors: errors.slice(0, 100),
    });
  }
  return points;
}
