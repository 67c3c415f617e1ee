/** The parameter to bind for a JSON column (pg casts text to jsonb on insert). */
export function toJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/** PostgreSQL hands back parsed jsonb; SQLite hands back the text we stored. */
export function fromJson(raw: unknown): unknown {
  if (raw === null || raw === undefined) return undefined;
  return typeof raw === 'string' ? JSON.parse(raw) : raw;
}

export function toDbBoolean(value: boolean): number {
  return value ? 1 : 0;
}

export function fromDbBoolean(raw: number | boolean | null): boolean | undefined {
  return raw === null ? undefined : Boolean(raw);
}
