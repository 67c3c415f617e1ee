import type { PathSegment } from './diagnostic.js';

/**
 * Read-only views over the parsed YAML before it is known to be valid. The rules read
 * through these so they can run even when the schema failed somewhere else in the file:
 * a value of the wrong type simply reads as absent here (the schema reports it).
 */
export interface RawRecord {
  readonly fields: Readonly<Record<string, unknown>>;
  readonly path: readonly PathSegment[];
}

export function recordsAt(data: unknown, path: readonly PathSegment[]): RawRecord[] {
  let value = data;
  for (const segment of path) {
    if (!isPlainObject(value) && !Array.isArray(value)) return [];
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) =>
    isPlainObject(item) ? [{ fields: item, path: [...path, index] }] : [],
  );
}

export function textOf(record: RawRecord, key: string): string | undefined {
  const value = record.fields[key];
  return typeof value === 'string' ? value : undefined;
}

export function numberOf(record: RawRecord, key: string): number | undefined {
  const value = record.fields[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function child(record: RawRecord, key: string): RawRecord | undefined {
  const value = record.fields[key];
  return isPlainObject(value) ? { fields: value, path: [...record.path, key] } : undefined;
}

/** Every key result of every objective, in file order. */
export function keyResultRecords(data: unknown): RawRecord[] {
  return recordsAt(data, ['objectives']).flatMap((objective) =>
    recordsAt(objective.fields, ['keyResults']).map((kr) => ({
      fields: kr.fields,
      path: [...objective.path, ...kr.path],
    })),
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
