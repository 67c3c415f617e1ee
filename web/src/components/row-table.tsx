import type { ReactNode } from 'react';

/** A column: its heading, and whether it holds numbers (right-aligned). */
export interface RowColumn {
  readonly heading: string;
  readonly num?: boolean;
}

/** A plain table of rows, one cell per column, as the import previews show them. */
export function RowTable<T>({
  label,
  columns,
  rows,
  keyOf,
  cells,
}: {
  readonly label: string;
  readonly columns: readonly RowColumn[];
  readonly rows: readonly T[];
  readonly keyOf: (row: T) => string | number;
  readonly cells: (row: T) => readonly ReactNode[];
}) {
  const numClass = (i: number) => (columns[i]?.num ? 'num' : undefined);
  return (
    <table className="table" aria-label={label}>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={c.heading} scope="col" className={numClass(i)}>
              {c.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={keyOf(row)}>
            {cells(row).map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are fixed columns, in order
              <td key={i} className={numClass(i)}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
