import type { Insertable, Kysely } from 'kysely';
import type { NewAuditEntry } from '../store/audit-log.repository.js';
import { insertKeyed, type KeyedTable, keyedRows, overwriteKeyed } from '../store/keyed.repository.js';
import type { Database } from '../store/tables.js';

type Columns = Readonly<Record<string, unknown>>;

export interface Desired {
  readonly key: string;
  /**
   * Every column the file decides (not id, key, workspace, version or timestamps). A
   * function receives the ids synced so far, so a child listed after its parent (teams,
   * aligned objectives) can point at a parent that is new in this same sync.
   */
  readonly values: Columns | ((idsSoFar: ReadonlyMap<string, number>) => Columns);
  /**
   * Kept as history, archived (a person who left): archived from this instant when it is
   * not already; one already archived keeps the instant it was archived at.
   */
  readonly archivedAt?: number;
}

export interface SyncCounts {
  created: number;
  updated: number;
  archived: number;
}

/**
 * Makes a keyed table of the workspace hold exactly `desired`: new keys are inserted,
 * changed records updated (and brought back if archived), records missing from `desired`
 * archived — never deleted, so their history and ids survive. Each change is audited.
 * Returns key → id for the desired records.
 */
export async function syncKeyed(
  trx: Kysely<Database>,
  table: KeyedTable,
  entity: string,
  workspaceId: number,
  desired: readonly Desired[],
  audit: {
    readonly entries: NewAuditEntry[];
    readonly actor: string;
    readonly at: number;
    readonly counts: SyncCounts;
  },
): Promise<Map<string, number>> {
  const rows = await keyedRows(trx, table, workspaceId, { includeArchived: true });
  const existing = new Map(
    rows.map((r) => [r.key, r as unknown as Record<string, unknown> & { id: number }]),
  );
  const ids = new Map<string, number>();
  const base = { workspace_id: workspaceId, actor: audit.actor, at: audit.at, entity };

  for (const record of desired) {
    const key = record.key;
    const values = typeof record.values === 'function' ? record.values(ids) : record.values;
    const row = existing.get(key);
    if (!row) {
      const id = await insertKeyed(trx, table, {
        ...values,
        workspace_id: workspaceId,
        key,
        created_at: audit.at,
        updated_at: audit.at,
        archived_at: record.archivedAt ?? null,
      } as unknown as Insertable<Database[KeyedTable]>);
      ids.set(key, id);
      audit.counts.created++;
      audit.entries.push({ ...base, entity_id: key, action: 'create', after: values });
      continue;
    }
    ids.set(key, row.id);
    const before = Object.fromEntries(Object.keys(values).map((column) => [column, row[column]]));
    const archivedAt =
      record.archivedAt === undefined ? null : ((row.archived_at as number | null) ?? record.archivedAt);
    const changed =
      !same(row.archived_at, archivedAt) || Object.keys(values).some((c) => !same(row[c], values[c]));
    if (!changed) continue;
    await overwriteKeyed(trx, table, row.id, { ...values, archived_at: archivedAt, updated_at: audit.at });
    audit.counts.updated++;
    audit.entries.push({ ...base, entity_id: key, action: 'update', before, after: values });
  }

  for (const [key, row] of existing) {
    if (ids.has(key) || row.archived_at !== null) continue;
    await overwriteKeyed(trx, table, row.id, { archived_at: audit.at, updated_at: audit.at });
    audit.counts.archived++;
    audit.entries.push({
      ...base,
      entity_id: key,
      action: 'archive',
      before: { archived_at: null },
      after: { archived_at: audit.at },
    });
  }
  return ids;
}

function same(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}
