import { parseLocaleNumber } from '../../format.js';

/**
 * Reads pasted or uploaded CSV into data points for a preview, with one message per bad
 * row (users.md: spreadsheets stay the source of truth). Columns: date, value, optional
 * note; a header row is recognised and skipped. Commas, semicolons or tabs separate.
 */
export interface CsvRow {
  readonly line: number;
  readonly at?: string;
  readonly value?: number;
  readonly note?: string;
  readonly error?: string;
}

function splitLine(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

function detectSeparator(firstLine: string): string {
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes(';')) return ';';
  return ',';
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date (YYYY-MM-DD, taken as UTC midnight) or a full ISO timestamp. */
function readInstant(text: string): string | undefined {
  if (DATE_ONLY.test(text)) {
    const ms = Date.parse(`${text}T00:00:00Z`);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

export function parseCsvPoints(text: string, locale: string): CsvRow[] {
  const lines = text.split(/\r?\n/);
  const sep = detectSeparator(lines.find((l) => l.trim()) ?? '');
  const rows: CsvRow[] = [];
  lines.forEach((raw, index) => {
    if (!raw.trim()) return;
    const line = index + 1;
    const [dateCell = '', valueCell = '', ...rest] = splitLine(raw, sep);
    const isHeader = rows.length === 0 && !/\d/.test(dateCell) && !/\d/.test(valueCell);
    if (isHeader) return;
    const at = readInstant(dateCell);
    // With a comma separator, a decimal comma cannot appear unquoted: read the value as typed.
    const value = parseLocaleNumber(valueCell, locale);
    const note = rest.join(sep === '\t' ? ' ' : sep).trim() || undefined;
    if (!at) {
      rows.push({ line, error: `“${dateCell}” is not a date: use YYYY-MM-DD, e.g. 2026-03-31.` });
    } else if (value === null) {
      rows.push({ line, at, error: `“${valueCell}” is not a number.` });
    } else {
      rows.push({ line, at, value, note });
    }
  });
  return rows;
}
