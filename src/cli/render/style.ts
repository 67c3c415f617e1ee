import pc from 'picocolors';
import type { CliIo } from '../io.js';

export type Paint = ReturnType<typeof pc.createColors>;

/**
 * Colours only for a terminal, and never when NO_COLOR is set (https://no-color.org);
 * FORCE_COLOR turns them on for a pipe.
 */
export function paintFor(io: CliIo): Paint {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const force = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  return pc.createColors(!noColor && (io.isTTY || force));
}

/** Width of text as a terminal shows it, ignoring colour escapes. */
export function visibleWidth(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI colour escapes is the point.
  return [...text.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - visibleWidth(text))) + text;
}

/** Lays out rows as aligned columns; `align` is 'l' or 'r' per column. */
export function table(rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, visibleWidth(cell));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (align[i] === 'r' ? padStart(cell, widths[i] ?? 0) : padEnd(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
