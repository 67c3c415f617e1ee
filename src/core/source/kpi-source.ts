/**
 * Where a KPI's values come from when nobody types them (docs/sources.md): a JSON
 * document fetched over HTTP, a read-only SQL query, or a formula over other KPIs.
 */
export type KpiSource = HttpSource | SqlSource | FormulaSource;

export interface HttpSource {
  readonly kind: 'http';
  readonly url: string;
  /** JSONata: the value (a number), or many rows `[{at, value}]` for a backfill. */
  readonly value: string;
  /** JSONata: the instant of the value; the time of the run when absent. */
  readonly at?: string;
  /** Sent with the request; values are secrets (tokens), sealed at rest. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Cron (5 fields, UTC); the KPI's cadence when absent. */
  readonly schedule?: string;
}

export interface SqlSource {
  readonly kind: 'sql';
  /** `postgres://…` or `sqlite:/path/file.db`; a secret, sealed at rest. */
  readonly connection: string;
  /** Returns rows with columns `at` and `value`. */
  readonly query: string;
  readonly schedule?: string;
}

export interface FormulaSource {
  readonly kind: 'formula';
  /** Over other KPIs by id, `-` written `_`: `billable_hours / available_hours * 100`. */
  readonly expression: string;
}

export type SourceKind = KpiSource['kind'];
export const SOURCE_KINDS: readonly SourceKind[] = ['http', 'sql', 'formula'];

/**
 * Written in place of a secret (a header value, a connection string) by an export
 * without `--include-secrets`. Importing it keeps the secret the server already holds.
 */
export const KEPT_SECRET = '<secret>';

/** The same source with every secret replaced by KEPT_SECRET. */
export function withSecretsHidden(source: KpiSource): KpiSource {
  switch (source.kind) {
    case 'http':
      return source.headers === undefined
        ? source
        : {
            ...source,
            headers: Object.fromEntries(Object.keys(source.headers).map((name) => [name, KEPT_SECRET])),
          };
    case 'sql':
      return { ...source, connection: KEPT_SECRET };
    case 'formula':
      return source;
  }
}
