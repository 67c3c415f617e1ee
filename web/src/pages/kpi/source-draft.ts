import type { KpiSource } from '../../api/types.js';

/** What the server sends in place of a stored secret, and takes back to mean "keep it". */
export const KEPT_SECRET = '<secret>';

export type SourceKindName = KpiSource['kind'];

export interface HeaderDraft {
  readonly name: string;
  /** Empty with `stored` keeps the sealed value the server holds. */
  readonly value: string;
  /** The server holds a value for this header (shown as "set", never read back). */
  readonly stored: boolean;
}

/** The source editor's fields: every kind's, so switching kind loses nothing typed. */
export interface SourceDraft {
  readonly kind: SourceKindName;
  readonly url: string;
  readonly value: string;
  readonly at: string;
  readonly schedule: string;
  readonly headers: readonly HeaderDraft[];
  readonly connection: string;
  readonly connectionStored: boolean;
  readonly query: string;
  readonly expression: string;
}

export function draftOf(source: KpiSource | undefined): SourceDraft {
  const blank: SourceDraft = {
    kind: source?.kind ?? 'http',
    url: '',
    value: '',
    at: '',
    schedule: '',
    headers: [],
    connection: '',
    connectionStored: false,
    query: '',
    expression: '',
  };
  switch (source?.kind) {
    case undefined:
      return blank;
    case 'http':
      return {
        ...blank,
        url: source.url,
        value: source.value,
        at: source.at ?? '',
        schedule: source.schedule ?? '',
        headers: Object.entries(source.headers ?? {}).map(([name, value]) => ({
          name,
          value: value === KEPT_SECRET ? '' : value,
          stored: value === KEPT_SECRET,
        })),
      };
    case 'sql':
      return {
        ...blank,
        connectionStored: source.connection === KEPT_SECRET,
        query: source.query,
        schedule: source.schedule ?? '',
      };
    case 'formula':
      return { ...blank, expression: source.expression };
  }
}

/** The source to send: blank optional fields left out, stored secrets sent back as `<secret>`. */
export function sourceOf(draft: SourceDraft): KpiSource {
  const schedule = draft.schedule.trim() ? { schedule: draft.schedule.trim() } : {};
  switch (draft.kind) {
    case 'http': {
      const headers = draft.headers
        .filter((h) => h.name.trim() !== '')
        .map((h) => [h.name.trim(), h.value === '' && h.stored ? KEPT_SECRET : h.value] as const);
      return {
        kind: 'http',
        url: draft.url.trim(),
        value: draft.value.trim(),
        ...(draft.at.trim() ? { at: draft.at.trim() } : {}),
        ...(headers.length > 0 ? { headers: Object.fromEntries(headers) } : {}),
        ...schedule,
      };
    }
    case 'sql':
      return {
        kind: 'sql',
        connection: draft.connection === '' && draft.connectionStored ? KEPT_SECRET : draft.connection.trim(),
        query: draft.query.trim(),
        ...schedule,
      };
    case 'formula':
      return { kind: 'formula', expression: draft.expression.trim() };
  }
}

/** Whether every field the kind needs is filled in. */
export function draftComplete(draft: SourceDraft): boolean {
  const source = sourceOf(draft);
  switch (source.kind) {
    case 'http':
      return source.url !== '' && source.value !== '';
    case 'sql':
      return source.connection !== '' && source.query !== '';
    case 'formula':
      return source.expression !== '';
  }
}
