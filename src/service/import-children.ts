import type { Kysely } from 'kysely';
import type { Workspace } from '../core/model.js';
import type { NewAuditEntry } from '../store/audit-log.repository.js';
import {
  type ChildTable,
  childRows,
  deleteChildrenOfWorkspace,
  insertChildren,
} from '../store/child.repository.js';
import type { Database } from '../store/tables.js';

export interface ImportedIds {
  readonly kpis: ReadonlyMap<string, number>;
  readonly objectives: ReadonlyMap<string, number>;
  readonly keyResults: ReadonlyMap<string, number>;
}

interface Audit {
  readonly entries: NewAuditEntry[];
  readonly actor: string;
  readonly at: number;
}

/**
 * Threshold history, decisions and check-ins have no ids in the file, so an import
 * replaces them as a whole. When a list changed, the audit log keeps the old list.
 */
export async function replaceChildren(
  trx: Kysely<Database>,
  wsId: number,
  ws: Workspace,
  ids: ImportedIds,
  audit: Audit,
): Promise<void> {
  const stamp = { workspace_id: wsId, created_at: audit.at, updated_at: audit.at };
  const idOf = (map: ReadonlyMap<string, number>, key: string | undefined) =>
    key === undefined ? null : (map.get(key) ?? null);

  await replace(trx, 'threshold_changes', wsId, audit, [
    ...ws.kpis.flatMap((k) =>
      (k.thresholdHistory ?? []).map((t) => ({
        kpi_id: idOf(ids.kpis, k.id) ?? 0,
        at: t.at,
        from_min: t.from.min ?? null,
        from_max: t.from.max ?? null,
        to_min: t.to.min ?? null,
        to_max: t.to.max ?? null,
        key_result_id: idOf(ids.keyResults, t.keyResult),
        reason: t.reason ?? null,
      })),
    ),
  ]);
  await replace(
    trx,
    'decisions',
    wsId,
    audit,
    ws.decisions.map((d) => ({
      kpi_id: idOf(ids.kpis, d.kpi) ?? 0,
      at: d.at,
      decided_by: d.by,
      text: d.text,
      objective_id: idOf(ids.objectives, d.objective),
    })),
  );
  await replace(
    trx,
    'check_ins',
    wsId,
    audit,
    ws.objectives.flatMap((o) =>
      o.keyResults.flatMap((kr) =>
        kr.checkIns.map((c) => ({
          key_result_id: idOf(ids.keyResults, kr.id) ?? 0,
          at: c.at,
          value: c.value,
          confidence: c.confidence ?? null,
          note: c.note ?? null,
          blockers: c.blockers ?? null,
        })),
      ),
    ),
  );

  async function replace(
    db: Kysely<Database>,
    table: Exclude<ChildTable, 'time_entries'>,
    workspaceId: number,
    log: Audit,
    wanted: readonly Record<string, unknown>[],
  ): Promise<void> {
    const columns = Object.keys(wanted[0] ?? {});
    const old = (await childRows(db, table, workspaceId, { includeArchived: false })).map((row) =>
      Object.fromEntries(columns.map((c) => [c, (row as unknown as Record<string, unknown>)[c]])),
    );
    if (old.length === wanted.length && JSON.stringify(old) === JSON.stringify(wanted)) return;
    await deleteChildrenOfWorkspace(db, table, workspaceId);
    const rows = wanted.map((values, position) => ({ ...values, ...stamp, position }));
    await insertChildren(db, table, rows as never[]);
    log.entries.push({
      workspace_id: workspaceId,
      actor: log.actor,
      at: log.at,
      entity: table,
      entity_id: '*',
      action: 'replace',
      before: old,
      after: wanted,
    });
  }
}
