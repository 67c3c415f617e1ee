import { parse } from 'csv-parse/sync';
import type { CsvRows } from '../../core/import/csv-table.js';
import { ValidationError } from '../errors.js';

/** A CSV text as rows of cells; a file that is not CSV at all is one clear error. */
export function csvRows(text: string, what: string): CsvRows {
  try {
    return parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as string[][];
  } catch (error) {
    throw new ValidationError(`The ${what} is not a CSV file Ratchet can read:`, [
      { path: 'file', message: error instanceof Error ? error.message : String(error) },
    ]);
  }
}

/** Row problems as validation issues: `row 5: …`. */
export function rowIssues(
  problems: readonly { row: number; message: string }[],
): { path: string; message: string }[] {
  return problems.map((p) => ({ path: `row ${p.row}`, message: p.message }));
}
