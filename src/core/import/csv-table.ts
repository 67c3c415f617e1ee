/** A CSV file already split into rows of cells (the first row is the header). */
export type CsvRows = readonly (readonly string[])[];

/** A problem with one row of a file; row 1 is the header, so data starts at row 2. */
export interface RowProblem {
  readonly row: number;
  readonly message: string;
}

/** Finds each wanted column by any of its names (case and spacing ignored). */
export function columnIndex(header: readonly string[], names: readonly string[]): number | undefined {
  const wanted = new Set(names.map(normalise));
  const index = header.findIndex((h) => wanted.has(normalise(h)));
  return index === -1 ? undefined : index;
}

export function normalise(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

/** A number as spreadsheets write it: `1,234.5`, `12.5%`, ` 40 `; undefined when it is not one. */
export function readNumber(text: string | undefined): number | undefined {
  const clean = (text ?? '')
    .trim()
    .replace(/,(?=\d{3}\b)/g, '')
    .replace(/%$/, '');
  if (clean === '') return undefined;
  const n = Number(clean);
  return Number.isFinite(n) ? n : undefined;
}

export type DateOrder = 'ymd' | 'dmy' | 'mdy';

/**
 * A calendar date as time trackers export it: `2026-11-23`, or `23/11/2026` / `11/23/2026`
 * in the order given (the exporting user's setting; guessed by `guessDateOrder`).
 */
export function readDate(text: string | undefined, order: DateOrder): string | undefined {
  const t = (text ?? '').trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const slashed = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (slashed && order !== 'ymd') {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    y = Number(slashed[3]);
    [d, m] = order === 'mdy' ? [b, a] : [a, b];
  } else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}

/** Day-first when any slashed date has a first part over 12, month-first when a second part does. */
export function guessDateOrder(texts: Iterable<string>): DateOrder | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    const m = /^(\d{1,2})[/.](\d{1,2})[/.]\d{4}$/.exec(text.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst && !monthFirst) return 'dmy';
  if (monthFirst && !dayFirst) return 'mdy';
  return undefined;
}
