import type { Kysely } from 'kysely';
import type { DataPointRow, NewDataPointRow } from './data-point.table.js';
import { dialectOf, inValues, maxParameters, rowsPerInsert } from './dialect.js';
import type { Database } from './tables.js';

const COLUMNS_PER_POINT = 8;

export type LoadedPointRow = Pick<DataPointRow, 'kpi_id' | 'at' | 'value' | 'note' | 'source'>;

/**
 * Inserts points; a point for a (KPI, instant) that already has one replaces its value,
 * note, source and idempotency key. Callers read the old values first for the audit log.
 */
export async function upsertPoints(db: Kysely<Database>, rows: readonly NewDataPointRow[]): Promise<void> {
  const size = rowsPerInsert(dialectOf(db), COLUMNS_PER_POINT);
  for (let i = 0; i < rows.length; i += size) {
    await db
      .insertInto('data_points')
      .values(rows.slice(i, i + size))
      .onConflict((oc) =>
        oc.columns(['kpi_id', 'at']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          note: eb.ref('excluded.note'),
          source: eb.ref('excluded.source'),
          idempotency_key: eb.ref('excluded.idempotency_key'),
          recorded_at: eb.ref('excluded.recorded_at'),
        })),
      )
      .execute();
  }
}

/** The stored points of one KPI at any of these instants. */
export async function pointsAt(
  db: Kysely<Database>,
  kpiId: number,
  ats: readonly number[],
): Promise<DataPointRow[]> {
  const found: DataPointRow[] = [];
  const size = maxParameters(dialectOf(db)) - 1;
  for (let i = 0; i < ats.length; i += size) {
    found.push(
      ...(await db
        .selectFrom('data_points')
        .selectAll()
        .where('kpi_id', '=', kpiId)
        .where(inValues(db, 'at', ats.slice(i, i + size), 'bigint'))
        .execute()),
    );
  }
  return found;
}

/** Which of these idempotency keys from `source` the workspace has already seen. */
export async function seenIdempotencyKeys(
  db: Kysely<Database>,
  workspaceId: number,
  source: string,
  keys: readonly string[],
): Promise<Set<string>> {
  const seen = new Set<string>();
  const size = maxParameters(dialectOf(db)) - 2;
  for (let i = 0; i < keys.length; i += size) {
    const rows = await db
      .selectFrom('data_points')
      .select('idempotency_key')
      .where('workspace_id', '=', workspaceId)
      .where('source', '=', source)
      .where(inValues(db, 'idempotency_key', keys.slice(i, i + size), 'text'))
      .execute();
    for (const row of rows) if (row.idempotency_key !== null) seen.add(row.idempotency_key);
  }
  return seen;
}

export interface PointRange {
  readonly from?: number;
  readonly to?: number;
  readonly limit?: number;
}

/** One KPI's points in time order, optionally within [from, to]. */
export async function listPointRows(
  db: Kysely<Database>,
  kpiId: number,
  range: PointRange = {},
): Promise<DataPointRow[]> {
  let q = db.selectFrom('data_points').selectAll().where('kpi_id', '=', kpiId);
  if (range.from !== undefined) q = q.where('at', '>=', range.from);
  if (range.to !== undefined) q = q.where('at', '<=', range.to);
  q = q.orderBy('at');
  if (range.limit !== undefined) q = q.limit(range.limit);
  return q.execute();
}

/**
 * Every point of the workspace's live KPIs, grouped by KPI and in time order within
 * each. Walks the (kpi_id, at) primary key, so the database never sorts.
 */
export async function workspacePointRows(
  db: Kysely<Database>,
  workspaceId: number,
): Promise<LoadedPointRow[]> {
  return db
    .selectFrom('data_points')
    .select(['kpi_id', 'at', 'value', 'note', 'source'])
    .where('kpi_id', 'in', (eb) =>
      eb
        .selectFrom('kpis')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('archived_at', 'is', null),
    )
    .orderBy('kpi_id')
    .orderBy('at')
    .execute();
}

export async function deletePointsAt(
  db: Kysely<Database>,
  kpiId: number,
  ats: readonly number[],
): Promise<number> {
  let deleted = 0;
  const size = maxParameters(dialectOf(db)) - 1;
  for (let i = 0; i < ats.length; i += size) {
    const result = await db
      .deleteFrom('data_points')
      .where('kpi_id', '=', kpiId)
      .where('at', 'in', ats.slice(i, i + size))
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  return deleted;
}
