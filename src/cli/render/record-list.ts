import { table } from './style.js';

/** How a `list` command shows its records as a table. */
export interface ListTable<T> {
  /** Said instead of an empty table: how to add the first one. */
  readonly empty: string;
  readonly columns: readonly (readonly [heading: string, align: 'l' | 'r'])[];
  row(item: T): readonly string[];
}

/** A `list` command's answer: the records as JSON with `--json`, else a table, or how to add one. */
export function listText<T>(items: readonly T[], json: boolean | undefined, shown: ListTable<T>): string {
  if (json) return `${JSON.stringify(items, null, 2)}\n`;
  if (items.length === 0) return `${shown.empty}\n`;
  const headings = shown.columns.map(([heading]) => heading);
  const rows = [headings, ...items.map((item) => shown.row(item))];
  return `${table(
    rows,
    shown.columns.map(([, align]) => align),
  ).join('\n')}\n`;
}
