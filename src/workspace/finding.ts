import type { PathSegment } from './diagnostic.js';

/**
 * A problem before it has a position: the checks speak in document paths, and
 * `parseWorkspace` turns each path into a line and column of the source text.
 */
export interface Finding {
  readonly path: readonly PathSegment[];
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** Point at the key rather than the value (unknown fields). */
  readonly target?: 'key' | 'value';
}

/** The value at a path of plain parsed data, or `undefined` when the path leads nowhere. */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

/** How a value reads back to the user: `"four"`, `12`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}
