import type { Kysely } from 'kysely';
import type { Workspace } from '../core/model.js';
import type { NewAuditEntry } from '../store/audit-log.repository.js';
import {
  deletePointsAt,
  type PointColumns,
  upsertPoints,
  workspacePointColumns,
} from '../store/data-point.repository.js';
import type { NewDataPointRow } from '../store/data-point.table.js';
import type { Database } from '../store/tables.js';

export interface PointSyncCounts {
  added: number;
  replaced: number;
  removed: number;
}

interface Audit {
  readonly entries: NewAuditEntry[];
  readonly actor: string;
  readonly at: number;
}

/**
 * Makes each KPI's points equal to the file's. Points that did not change are left
 * alone, so their idempotency keys survive a re-import; replaced and removed values go
 * to the audit log, one entry per KPI.
 */
export async function syncImportedPoints(
  trx: Kysely<Database>,
  wsId: number,
  ws: Workspace,
  kpiIds: ReadonlyMap<string, number>,
  audit: Audit,
): Promise<PointSyncCounts> {
  const counts: PointSyncCounts = { added: 0, replaced: 0, removed: 0 };
  const stored = await workspacePointColumns(trx, wsId);
  const writes: NewDataPointRow[] = [];
  for (const kpi of ws.kpis) {
    const kpiId = kpiIds.get(kpi.id);
    if (kpiId === undefined) continue;
    const old = byInstant(stored.get(kpiId));
    const replaced: { at: number; value: number }[] = [];
    let written = 0;
    for (const p of kpi.points) {
      const was = old.get(p.at);
      old.delete(p.at);
      const note = p.note ?? null;
      const source = p.source ?? null;
      if (was && was.value === p.value && was.note === note && was.source === source) continue;
      if (was) replaced.push({ at: was.at, value: was.value });
      written++;
      writes.push({
        kpi_id: kpiId,
        workspace_id: wsId,
        at: p.at,
        value: p.value,
        note,
        source,
        recorded_at: audit.at,
      });
    }
    // What is left in `old` the file no longer lists.
    const removed = [...old.values()].map((r) => ({ at: r.at, value: r.value }));
    await deletePointsAt(
      trx,
      kpiId,
      removed.map((r) => r.at),
    );
    counts.added += written - replaced.length;
    counts.replaced += replaced.length;
    counts.removed += removed.length;
    if (replaced.length + removed.length > 0) {
      audit.entries.push({
        workspace_id: wsId,
        actor: audit.actor,
        at: audit.at,
        entity: 'kpi',
        entity_id: kpi.id,
        action: 'import_points',
        before: { replaced, removed },
      });
    }
  }
  await upsertPoints(trx, writes);
  return counts;
}

interface StoredPoint {
  readonly at: number;
  readonly value: number;
  readonly note: string | null;
  readonly source: string | null;
}

function byInstant(columns: PointColumns | undefined): Map<number, StoredPoint> {
  const points = new Map<number, StoredPoint>();
  if (!columns) return points;
  const { ats, values, annotated } = columns;
  for (let i = 0; i < ats.length; i++) {
    const at = ats[i] as number;
    points.set(at, { at, value: values[i] as number, note: null, source: null });
  }
  for (const [at, note, source] of annotated) {
    const point = points.get(at);
    if (point) points.set(at, { ...point, note, source });
  }
  return points;
}
