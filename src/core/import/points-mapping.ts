import { parseInstant, startOfDate } from '../time.js';
import {
  type CsvRows,
  columnIndex,
  type DateOrder,
  guessDateOrder,
  type RowProblem,
  readDate,
  readNumber,
} from './csv-table.js';

/**
 * Which column of a CSV holds what, by header name: "any CSV in" (docs/importers.md).
 * Without `kpi` every row is a value of the one KPI the caller names.
 */
export interface PointsMapping {
  readonly at: string;
  readonly value: string;
  readonly kpi?: string;
  readonly note?: string;
  /** For dates written `23/11/2026` or `11/23/2026`; guessed from the file when absent. */
  readonly dateOrder?: DateOrder;
}

export interface KpiName {
  readonly id: string;
  readonly name: string;
}

export interface MappedPoint {
  readonly row: number;
  readonly kpi: string;
  readonly at: number;
  readonly value: number;
  readonly note?: string;
}

export interface MappedPoints {
  readonly points: readonly MappedPoint[];
  readonly problems: readonly RowProblem[];
}

/**
 * Reads a CSV's rows as points of KPIs through a column mapping. The KPI column matches a
 * KPI by id, then by name (case and spacing ignored). Every problem comes back with its
 * row (row 1 is the header); the caller stores nothing unless there is none.
 */
export function mapPointRows(
  rows: CsvRows,
  mapping: PointsMapping,
  kpis: readonly KpiName[],
  oneKpi?: string,
): MappedPoints {
  const [header = [], ...body] = rows;
  const problems: RowProblem[] = [];
  const column = (field: 'at' | 'value' | 'kpi' | 'note'): number | undefined => {
    const name = mapping[field];
    if (name === undefined || name === '') return undefined;
    const index = columnIndex(header, [name]);
    if (index === undefined)
      problems.push({ row: 1, message: `no column "${name}" for ${field}; the header has ${list(header)}` });
    return index;
  };
  const at = column('at');
  const value = column('value');
  const kpi = column('kpi');
  const note = column('note');
  if (!mapping.kpi && oneKpi === undefined)
    problems.push({ row: 1, message: 'choose the KPI column, or the one KPI every row belongs to' });
  if (problems.length > 0 || at === undefined || value === undefined) return { points: [], problems };

  const findKpi = kpiFinder(kpis);
  const order = mapping.dateOrder ?? guessDateOrder(body.map((r) => r[at] ?? '')) ?? 'ymd';
  const points: MappedPoint[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const row = i + 2;
    const rowProblems: string[] = [];
    const instant = readInstant(cells[at] ?? '', order);
    if (instant === undefined) rowProblems.push(`"${cells[at] ?? ''}" is not a date like 2026-11-30`);
    const number = readNumber(cells[value]);
    if (number === undefined) rowProblems.push(`"${cells[value] ?? ''}" is not a number`);
    const kpiText = kpi === undefined ? oneKpi : (cells[kpi] ?? '').trim();
    const kpiId = kpiText ? findKpi(kpiText) : undefined;
    if (kpiId === undefined)
      rowProblems.push(kpiText ? `no KPI with id or name "${kpiText}"` : 'the KPI cell is empty');
    if (instant !== undefined && kpiId !== undefined) {
      const key = `${kpiId}@${instant}`;
      const first = seen.get(key);
      if (first !== undefined)
        rowProblems.push(`row ${first} already gives ${kpiId} a value at that instant`);
      else seen.set(key, row);
    }
    if (rowProblems.length > 0) {
      problems.push(...rowProblems.map((message) => ({ row, message })));
      return;
    }
    const text = note === undefined ? '' : (cells[note] ?? '').trim();
    points.push({
      row,
      kpi: kpiId as string,
      at: instant as number,
      value: number as number,
      ...(text ? { note: text } : {}),
    });
  });
  return { points, problems };
}

/** An ISO date or datetime with offset, or a slashed date in the given order; never a date that does not exist. */
function readInstant(text: string, order: DateOrder): number | undefined {
  const t = text.trim();
  const iso = parseInstant(t);
  if (iso !== undefined || /^\d{4}-/.test(t)) return iso;
  const date = readDate(t, order);
  return date === undefined ? undefined : startOfDate(date);
}

function kpiFinder(kpis: readonly KpiName[]): (text: string) => string | undefined {
  const byId = new Map(kpis.map((k) => [k.id, k.id]));
  const byName = new Map(kpis.map((k) => [squash(k.name), k.id]));
  return (text) => byId.get(text) ?? byId.get(text.toLowerCase()) ?? byName.get(squash(text));
}

function squash(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

function list(header: readonly string[]): string {
  return header.length === 0 ? 'no columns' : header.map((h) => `"${h}"`).join(', ');
}
