import { type Kysely, type Selectable, type SqlBool, sql } from 'kysely';
import type { DataPointKeyTable, DataPointRow, NewDataPointRow } from './data-point.table.js';
import { type BulkWrite, bulkWrite, fromJson, inValues, jsonArrayAgg, jsonTuple } from './dialect.js';
import type { Database } from './tables.js';

/** What a caller compares a point against: everything but the KPI and workspace. */
export type StoredPointRow = Pick<DataPointRow, 'at' | 'value' | 'note' | 'source' | 'idempotency_key'>;

const POINT_UPSERT: BulkWrite = {
  table: 'data_points',
  columns: [
    { name: 'kpi_id', type: 'bigint' },
    { name: 'workspace_id', type: 'bigint' },
    { name: 'at', type: 'bigint' },
    { name: 'value', type: 'double precision' },
    { name: 'note', type: 'text' },
    { name: 'source', type: 'text' },
    { name: 'idempotency_key', type: 'text' },
    { name: 'recorded_at', type: 'bigint' },
  ],
  onConflict: {
    columns: ['kpi_id', 'at'],
    update: ['value', 'note', 'source', 'idempotency_key', 'recorded_at'],
  },
};

/**
 * Inserts points; a point for a (KPI, instant) that already has one replaces its value,
 * note, source and idempotency key. Callers read the old values first for the audit log.
 * Instants must be unique per KPI within one call (PostgreSQL refuses to update a row
 * twice in one statement).
 */
export async function upsertPoints(db: Kysely<Database>, rows: readonly NewDataPointRow[]): Promise<void> {
  await bulkWrite(
    db,
    POINT_UPSERT,
    rows.map((r) => [
      r.kpi_id,
      r.workspace_id,
      r.at,
      r.value,
      r.note ?? null,
      r.source ?? null,
      r.idempotency_key ?? null,
      r.recorded_at,
    ]),
  );
}

/**
 * A batch holding more than this many stored points per point written is probed point by
 * point instead of read as a range (a few back-dated points amid years of data).
 */
const RANGE_READ_FACTOR = 4;

/**
 * The stored points of one KPI at any of these instants. Most batches are new readings
 * later than anything stored, or a re-push of the same instants: one range read over
 * [first, last] answers those with a single index walk. When the range holds far more
 * points than the batch, each instant is probed through the primary key instead.
 */
export async function pointsAt(
  db: Kysely<Database>,
  kpiId: number,
  ats: readonly number[],
): Promise<StoredPointRow[]> {
  if (ats.length === 0) return [];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const at of ats) {
    if (at < first) first = at;
    if (at > last) last = at;
  }
  const limit = ats.length * RANGE_READ_FACTOR + 1;
  const inRange = await pointColumns(db)
    .where('kpi_id', '=', kpiId)
    .where('at', '>=', first)
    .where('at', '<=', last)
    .limit(limit)
    .execute();
  if (inRange.length < limit) {
    const wanted = new Set(ats);
    return inRange.filter((row) => wanted.has(row.at));
  }
  return pointColumns(db)
    .where('kpi_id', '=', kpiId)
    .where(inValues(db, 'at', ats, 'bigint'))
    .execute();
}

function pointColumns(db: Kysely<Database>) {
  return db.selectFrom('data_points').select(['at', 'value', 'note', 'source', 'idempotency_key']);
}

/** Which of these idempotency keys from `source` the KPI has already taken, overwritten or not. */
export async function seenIdempotencyKeys(
  db: Kysely<Database>,
  kpiId: number,
  source: string,
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .selectFrom('data_point_keys')
    .select('idempotency_key')
    .where('kpi_id', '=', kpiId)
    .where('source', '=', source)
    .where(inValues(db, 'idempotency_key', keys, 'text'))
    .execute();
  return new Set(rows.map((row) => row.idempotency_key));
}

const KEY_INSERT: BulkWrite = {
  table: 'data_point_keys',
  columns: [
    { name: 'kpi_id', type: 'bigint' },
    { name: 'source', type: 'text' },
    { name: 'idempotency_key', type: 'text' },
    { name: 'at', type: 'bigint' },
    { name: 'recorded_at', type: 'bigint' },
  ],
  onConflict: { columns: ['kpi_id', 'source', 'idempotency_key'], update: [] },
};

/** Remembers the keys of accepted points for good: a later write at the same instant keeps them. */
export async function rememberIdempotencyKeys(
  db: Kysely<Database>,
  rows: readonly Selectable<DataPointKeyTable>[],
): Promise<void> {
  await bulkWrite(
    db,
    KEY_INSERT,
    rows.map((r) => [r.kpi_id, r.source, r.idempotency_key, r.at, r.recorded_at]),
  );
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

/** A point's note and source, either possibly null: `[at, note, source]`. */
export type PointAnnotation = readonly [at: number, note: string | null, source: string | null];

/** One KPI's points as parallel columns, in time order. */
export interface PointColumns {
  readonly ats: number[];
  readonly values: number[];
  /** Only the points with a note or a source (few: machine-fed KPIs have none). */
  readonly annotated: readonly PointAnnotation[];
}

interface AggregatedPoints {
  kpi_id: number;
  ats: unknown;
  values: unknown;
  annotated: unknown;
}

/**
 * Every point of the workspace's live KPIs, by KPI id. One row per KPI with its points
 * aggregated into JSON arrays: the driver then builds a few thousand values, not one
 * object per point, which is what made loading a large workspace slow. Notes and
 * sources come only for the points that have them.
 */
export async function workspacePointColumns(
  db: Kysely<Database>,
  workspaceId: number,
): Promise<Map<number, PointColumns>> {
  const [at, value, note, source] = ['at', 'value', 'note', 'source'].map((c) => sql.ref(`d.${c}`));
  const result = await sql<AggregatedPoints>`
    select d.kpi_id, ${jsonArrayAgg(db, sql`${at}`)} as ats,
      ${jsonArrayAgg(db, sql`${value}`)} as ${sql.ref('values')},
      ${jsonArrayAgg(db, jsonTuple(db, [sql`${at}`, sql`${note}`, sql`${source}`]), {
        filter: sql<SqlBool>`${note} is not null or ${source} is not null`,
      })} as annotated
    from data_points d
    where d.kpi_id in (select id from kpis where workspace_id = ${workspaceId} and archived_at is null)
    group by d.kpi_id`.execute(db);
  const byKpi = new Map<number, PointColumns>();
  for (const row of result.rows) {
    byKpi.set(
      Number(row.kpi_id),
      inTimeOrder({
        ats: fromJson(row.ats) as number[],
        values: fromJson(row.values) as number[],
        annotated: (fromJson(row.annotated) as PointAnnotation[] | undefined) ?? [],
      }),
    );
  }
  return byKpi;
}

/**
 * Both engines aggregate in the order they walk the (kpi_id, at) primary key, but SQL
 * does not promise it: check in one pass, and sort only if a plan ever differs.
 */
function inTimeOrder(points: PointColumns): PointColumns {
  const { ats, values } = points;
  let ordered = true;
  for (let i = 1; i < ats.length && ordered; i++) ordered = (ats[i - 1] as number) < (ats[i] as number);
  if (ordered) return points;
  const order = ats.map((_, i) => i).sort((a, b) => (ats[a] as number) - (ats[b] as number));
  return {
    ats: order.map((i) => ats[i] as number),
    values: order.map((i) => values[i] as number),
    annotated: points.annotated,
  };
}

export async function deletePointsAt(
  db: Kysely<Database>,
  kpiId: number,
  ats: readonly number[],
): Promise<number> {
  if (ats.length === 0) return 0;
  const result = await db
    .deleteFrom('data_points')
    .where('kpi_id', '=', kpiId)
    .where(inValues(db, 'at', ats, 'bigint'))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
