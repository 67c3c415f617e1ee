import type { Kysely } from 'kysely';
import { pointConflicts } from '../core/kpi/point-conflict.js';
import type { DataPoint, DataSource } from '../core/model.js';
import { appendAudit, type NewAuditEntry } from '../store/audit-log.repository.js';
import {
  listPointRows,
  pointsAt,
  rememberIdempotencyKeys,
  seenIdempotencyKeys,
  upsertPoints,
} from '../store/data-point.repository.js';
import type { DataPointRow, NewDataPointRow } from '../store/data-point.table.js';
import type { Store } from '../store/database.js';
import { isUniqueViolation, lockRowForWrite } from '../store/dialect.js';
import type { Database } from '../store/tables.js';
import { type ChangeContext, changeTime } from './change-context.js';
import { PointConflictError, ValidationError, type ValidationIssue } from './errors.js';
import { activeKpiRef } from './kpi-ref.js';
import { optional, toDataPoint } from './mappers.js';
import { recomputeFormulas } from './sources/recompute-formulas.js';
import { resolveWorkspace } from './workspace-ref.js';
import { inWorkspaceWrite } from './write/unit-of-work.js';

export const DATA_SOURCES: readonly DataSource[] = ['manual', 'import', 'api', 'formula', 'pull', 'check-in'];

export interface PointInput {
  readonly at: number;
  readonly value: number;
  readonly note?: string;
  readonly source?: DataSource;
  /**
   * With `source`: a retried push carrying the same source and key for the same KPI is
   * ignored, even after another write replaced the value it brought.
   */
  readonly idempotencyKey?: string;
}

/**
 * What a write does at an instant that holds a different value: a person's write is
 * refused (`PointConflictError`, nothing stored) unless they said to replace; a series a
 * source owns (pulls, formulas, a check-in's own value) replaces.
 */
export interface IngestMode {
  readonly replace: boolean;
}

export interface IngestResult {
  /** Points at instants the KPI had no value for. */
  readonly inserted: number;
  /** Points that replaced another value at the same instant (the audit log keeps the old). */
  readonly replaced: number;
  /** Points identical to the stored one. */
  readonly unchanged: number;
  /** Points skipped because their source + idempotency key was seen before. */
  readonly duplicates: number;
}

/**
 * Records many points of one KPI in one transaction: the bulk path for pushes and
 * imports of thousands of points. Back-dated and out-of-order points are fine; one value
 * per KPI and instant (a different value is refused unless `mode.replace`); a source +
 * idempotency key never lands twice.
 */
export async function ingestPoints(
  store: Store,
  workspace: string | undefined,
  kpiKey: string,
  points: readonly PointInput[],
  change: ChangeContext,
  mode: IngestMode = { replace: false },
): Promise<IngestResult> {
  const issues = pointIssues(points);
  if (issues.length > 0)
    throw new ValidationError(`Some points for KPI "${kpiKey}" are not valid:`, issues.slice(0, 20));
  const at = changeTime(change);
  // The KPI's row lock makes concurrent pushes to one KPI take turns (PostgreSQL); the
  // retry stays for a second process writing the same SQLite file.
  const result = await withRetry(() =>
    inWorkspaceWrite(store, workspace, { ...change, at }, async (uow) => {
      const kpi = await activeKpiRef(uow.trx, uow.workspace.id, kpiKey);
      return ingestPointsIn(uow.trx, uow.workspace.id, kpi, points, change.actor, at, uow, mode);
    }),
  );
  if (result.inserted + result.replaced > 0) {
    // Formula KPIs over this one follow its new values (docs/sources.md).
    await recomputeFormulas(store, await resolveWorkspace(store.db, workspace), [kpiKey], at);
  }
  return result;
}

async function withRetry<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error)) throw error;
    }
  }
}

/** Who hears, after commit, that a write changed a KPI's points (a unit of work does). */
export interface TouchedRecords {
  touched(entity: string, id: string | number): void;
}

/**
 * The points of one KPI written inside a caller's transaction (an ingest, a source run,
 * or a check-in that records its value as a point of the KR's KPI): same rules, same
 * audit, and the KPI marked touched here — the one place — so live views and alert
 * evaluation hear of every new value once it commits, whichever path wrote it.
 */
export async function ingestPointsIn(
  trx: Kysely<Database>,
  workspaceId: number,
  kpi: { readonly id: number; readonly key: string; readonly name: string },
  points: readonly PointInput[],
  actor: string,
  at: number,
  records: TouchedRecords,
  mode: IngestMode,
): Promise<IngestResult> {
  const ws = { id: workspaceId };
  const kpiKey = kpi.key;
  await lockRowForWrite(trx, 'kpis', kpi.id);
  const { fresh, keyed, duplicates } = await dropSeen(trx, kpi.id, points);
  const stored = new Map((await pointsAt(trx, kpi.id, [...fresh.keys()])).map((row) => [row.at, row]));
  if (!mode.replace) {
    const values = new Map([...stored].map(([instant, row]) => [instant, row.value]));
    const conflicts = pointConflicts(values, fresh.values());
    if (conflicts.length > 0)
      throw new PointConflictError(conflicts.map((c) => ({ kpi: kpiKey, kpiName: kpi.name, ...c })));
  }

  const writes: NewDataPointRow[] = [];
  const audit: NewAuditEntry[] = [];
  const base = { workspace_id: ws.id, actor, at, entity: 'kpi', entity_id: kpiKey };
  let unchanged = 0;
  for (const p of fresh.values()) {
    const row = {
      kpi_id: kpi.id,
      workspace_id: ws.id,
      at: p.at,
      value: p.value,
      note: p.note ?? null,
      source: p.source ?? null,
      idempotency_key: p.idempotencyKey ?? null,
      recorded_at: at,
    };
    const was = stored.get(p.at);
    if (was && was.value === row.value && was.note === row.note && was.source === row.source) {
      unchanged++;
      continue;
    }
    if (was) {
      audit.push({ ...base, action: 'replace_point', before: pointSnapshot(was), after: pointSnapshot(row) });
    }
    writes.push(row);
  }
  await upsertPoints(trx, writes);
  await rememberIdempotencyKeys(
    trx,
    keyed.map((p) => ({
      kpi_id: kpi.id,
      source: p.source,
      idempotency_key: p.idempotencyKey,
      at: p.at,
      recorded_at: at,
    })),
  );
  const replaced = audit.length;
  const inserted = fresh.size - unchanged - replaced;
  if (inserted + replaced > 0) {
    let from = Number.POSITIVE_INFINITY;
    let to = Number.NEGATIVE_INFINITY;
    for (const instant of fresh.keys()) {
      from = Math.min(from, instant);
      to = Math.max(to, instant);
    }
    // One entry per batch, not per point: a million-point backfill stays one line of history.
    audit.push({ ...base, action: 'ingest_points', after: { inserted, replaced, from, to } });
    records.touched('kpi', kpiKey);
  }
  await appendAudit(trx, audit);
  return { inserted, replaced, unchanged, duplicates };
}

/**
 * One point per instant (the last written wins) minus the ones whose key was seen; and
 * every point with a new key, overwritten in the batch or not, for its key to be kept.
 */
async function dropSeen(
  trx: Kysely<Database>,
  kpiId: number,
  points: readonly PointInput[],
): Promise<{ fresh: Map<number, PointInput>; keyed: KeyedPoint[]; duplicates: number }> {
  const keysBySource = new Map<string, Set<string>>();
  let duplicates = 0;
  for (const p of points) {
    if (p.idempotencyKey === undefined || p.source === undefined) continue;
    const keys = keysBySource.get(p.source) ?? new Set<string>();
    keysBySource.set(p.source, keys);
    keys.add(p.idempotencyKey);
  }
  const seen = new Map<string, Set<string>>();
  for (const [source, keys] of keysBySource) {
    seen.set(source, await seenIdempotencyKeys(trx, kpiId, source, [...keys]));
  }
  const fresh = new Map<number, PointInput>();
  const keyed: KeyedPoint[] = [];
  const usedInBatch = new Set<string>();
  for (const p of points) {
    if (p.idempotencyKey !== undefined && p.source !== undefined) {
      const id = `${p.source}\u0000${p.idempotencyKey}`;
      if (seen.get(p.source)?.has(p.idempotencyKey) || usedInBatch.has(id)) {
        duplicates++;
        continue;
      }
      usedInBatch.add(id);
      keyed.push({ at: p.at, source: p.source, idempotencyKey: p.idempotencyKey });
    }
    fresh.delete(p.at);
    fresh.set(p.at, p);
  }
  return { fresh, keyed, duplicates };
}

interface KeyedPoint {
  readonly at: number;
  readonly source: string;
  readonly idempotencyKey: string;
}

function pointSnapshot(row: Pick<DataPointRow, 'at' | 'value' | 'note' | 'source'>): DataPoint {
  return {
    at: row.at,
    value: row.value,
    ...optional('note', row.note),
    ...optional('source', row.source as DataSource | null),
  };
}

export function pointIssues(points: readonly PointInput[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  points.forEach((p, i) => {
    if (!Number.isSafeInteger(p.at)) {
      issues.push({ path: `points[${i}].at`, message: 'give the instant as whole epoch milliseconds' });
    }
    if (typeof p.value !== 'number' || !Number.isFinite(p.value)) {
      issues.push({ path: `points[${i}].value`, message: 'the value must be a finite number' });
    }
    if (p.source !== undefined && !DATA_SOURCES.includes(p.source)) {
      issues.push({ path: `points[${i}].source`, message: `use one of ${DATA_SOURCES.join(', ')}` });
    }
    if (p.idempotencyKey !== undefined && p.source === undefined) {
      issues.push({
        path: `points[${i}].idempotencyKey`,
        message: 'an idempotency key needs a source (api, pull, …): the pair must be unique',
      });
    }
  });
  return issues;
}

export interface PointQuery {
  readonly from?: number;
  readonly to?: number;
  readonly limit?: number;
}

/** One KPI's points in time order. */
export async function listPoints(
  store: Store,
  workspace: string | undefined,
  kpiKey: string,
  query: PointQuery = {},
): Promise<DataPoint[]> {
  const ws = await resolveWorkspace(store.db, workspace);
  const kpi = await activeKpiRef(store.db, ws.id, kpiKey);
  return (await listPointRows(store.db, kpi.id, query)).map(toDataPoint);
}
