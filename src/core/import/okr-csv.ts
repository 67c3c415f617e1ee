import { type CsvRows, columnIndex, type RowProblem, readDate, readNumber } from './csv-table.js';

export type OkrTool = 'okr-csv' | 'viva-goals' | 'perdoo' | 'sheets';
export const OKR_TOOLS: readonly OkrTool[] = ['okr-csv', 'viva-goals', 'perdoo', 'sheets'];

export type OkrField = 'objective' | 'keyResult' | 'owner' | 'baseline' | 'target' | 'current' | 'due';
export const OKR_FIELDS: readonly OkrField[] = [
  'objective',
  'keyResult',
  'owner',
  'baseline',
  'target',
  'current',
  'due',
];

/**
 * The header names each field is found by. The generic OKR CSV's own names come first;
 * the others are the names OKR spreadsheet templates and the tools' exports use for the
 * same thing. Viva Goals' and Perdoo's export columns could not be confirmed from public
 * documents (docs/importers.md): where these names miss, `--map field=Header` names the
 * column.
 */
const NAMES: Readonly<Record<OkrField, readonly string[]>> = {
  objective: ['objective', 'objective title', 'objective name', 'goal', 'parent objective'],
  keyResult: ['key result', 'key result title', 'kr', 'result', 'key results'],
  owner: ['owner', 'owner email', 'lead', 'assignee', 'owner name'],
  baseline: ['baseline', 'start', 'start value', 'starting value', 'initial value', 'from'],
  target: ['target', 'target value', 'goal value', 'to'],
  current: ['current', 'current value', 'actual', 'value', 'latest value'],
  due: ['due', 'due date', 'end date', 'end', 'deadline', 'target date'],
};

export interface OkrRow {
  readonly row: number;
  readonly objective: string;
  readonly keyResult?: string;
  readonly owner?: string;
  readonly baseline?: number;
  readonly target?: number;
  readonly current?: number;
  readonly due?: string;
}

/**
 * Reads an OKR sheet: one row per key result, its objective repeated (or left blank to
 * mean "the objective above", as spreadsheets are usually filled in). Every problem
 * comes back with its row; a file with any problem imports nothing.
 */
export function readOkrCsv(
  rows: CsvRows,
  mapping: Readonly<Partial<Record<OkrField, string>>> = {},
): { readonly rows: readonly OkrRow[]; readonly problems: readonly RowProblem[] } {
  const [header = [], ...body] = rows;
  const at = {} as Record<OkrField, number | undefined>;
  const problems: RowProblem[] = [];
  for (const field of OKR_FIELDS) {
    const named = mapping[field];
    at[field] = columnIndex(header, named !== undefined ? [named] : NAMES[field]);
    if (named !== undefined && at[field] === undefined) {
      problems.push({
        row: 1,
        message: `--map ${field}=${named}: the file has no column ${JSON.stringify(named)}; its columns are ${header.join(', ')}`,
      });
    }
  }
  if (at.objective === undefined && mapping.objective === undefined) {
    problems.push({
      row: 1,
      message: `no objective column; name it with --map objective=<header> (the columns are ${header.join(', ')})`,
    });
  }
  if (problems.length > 0) return { rows: [], problems };
  const out: OkrRow[] = [];
  let objective = '';
  body.forEach((cells, i) => {
    const n = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const text = (field: OkrField) => {
      const index = at[field];
      const v = index === undefined ? '' : (cells[index] ?? '').trim();
      return v === '' ? undefined : v;
    };
    objective = text('objective') ?? objective;
    if (objective === '') {
      problems.push({ row: n, message: 'no objective, and none above it to belong to' });
      return;
    }
    const numbers: Partial<Record<'baseline' | 'target' | 'current', number>> = {};
    for (const field of ['baseline', 'target', 'current'] as const) {
      const raw = text(field);
      if (raw === undefined) continue;
      const value = readNumber(raw);
      if (value === undefined)
        problems.push({ row: n, message: `${field} ${JSON.stringify(raw)} is not a number` });
      else numbers[field] = value;
    }
    if (numbers.baseline !== undefined && numbers.baseline === numbers.target) {
      problems.push({
        row: n,
        message: `the target equals the baseline (${numbers.target}); a key result must move something`,
      });
    }
    const dueText = text('due');
    const due = dueText === undefined ? undefined : readDate(dueText, 'ymd');
    if (dueText !== undefined && due === undefined)
      problems.push({ row: n, message: `due ${JSON.stringify(dueText)} is not a date like 2026-12-31` });
    const keyResult = text('keyResult');
    const owner = text('owner');
    out.push({
      row: n,
      objective,
      ...(keyResult ? { keyResult } : {}),
      ...(owner ? { owner } : {}),
      ...numbers,
      ...(due ? { due } : {}),
    });
  });
  return { rows: problems.length > 0 ? [] : out, problems };
}
