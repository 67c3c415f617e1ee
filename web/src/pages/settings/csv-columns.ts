import type { PointsMapping } from '../../api/types.js';

/** The header row of a CSV text: its first record, quotes understood (`"Amount, EUR"` is one cell). */
export function csvHeader(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell.trim());
      cell = '';
    } else if (ch === '\n' || ch === '\r') break;
    else cell += ch;
  }
  cells.push(cell.trim());
  return cells.filter((c, i) => c !== '' || i < cells.length - 1);
}

const GUESSES: Readonly<Record<'at' | 'value' | 'kpi' | 'note', readonly string[]>> = {
  at: ['at', 'date', 'day', 'week', 'month', 'time', 'timestamp', 'period'],
  value: ['value', 'amount', 'total', 'count', 'number', 'score'],
  kpi: ['kpi', 'metric', 'measure', 'indicator', 'name'],
  note: ['note', 'notes', 'comment', 'comments', 'description'],
};

/**
 * The mapping to start from: the workspace's saved one where the file has its columns,
 * else a guess from the header names.
 */
export function startingMapping(header: readonly string[], saved: PointsMapping | null): PointsMapping {
  const has = (name: string | undefined) => name !== undefined && header.includes(name);
  const guess = (field: keyof typeof GUESSES) =>
    header.find((h) => GUESSES[field].includes(h.trim().toLowerCase()));
  const pick = (field: keyof typeof GUESSES) => (has(saved?.[field]) ? saved?.[field] : guess(field));
  const kpi = pick('kpi');
  const note = pick('note');
  return {
    at: pick('at') ?? header[0] ?? '',
    value: pick('value') ?? header[1] ?? '',
    ...(kpi ? { kpi } : {}),
    ...(note ? { note } : {}),
    ...(saved?.dateOrder ? { dateOrder: saved.dateOrder } : {}),
  };
}
