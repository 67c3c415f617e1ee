import { type Kysely, sql } from 'kysely';
import { dialectOf, inValues } from './dialect.js';
import type { KpiAlertRow, KpiAlertTransitionRow, NewKpiAlertTransitionRow } from './kpi-alert.table.js';
import type { Database } from './tables.js';

/** The active KPIs of a workspace (those keyed `keys`, when given) with what alerting reads. */
export async function alertedKpiRows(db: Kysely<Database>, workspaceId: number, keys?: readonly string[]) {
  let query = db
    .selectFrom('kpis')
    .select(['id', 'key', 'name', 'cadence', 'healthy_min', 'healthy_max', 'warning_min', 'warning_max'])
    .where('workspace_id', '=', workspaceId)
    .where('archived_at', 'is', null);
  if (keys) query = query.where(inValues(db, 'key', keys, 'text'));
  return query.execute();
}

/** The first key of the advisory locks alert evaluation takes ("RA" for Ratchet alerts). */
const ALERT_LOCKS = 0x5241;

/**
 * Makes evaluations of the same KPIs take turns until the caller's transaction ends, so
 * the second reads the state the first saved (PostgreSQL, where the ingest's evaluation,
 * the clock's tick and other servers can run at once; SQLite runs one transaction at a
 * time). Transaction-scoped advisory locks, taken in id order so evaluations never
 * deadlock: only evaluations wait on them, never an ingest or an edit of the KPI.
 */
export async function takeTurnsEvaluating(db: Kysely<Database>, kpiIds: readonly number[]): Promise<void> {
  if (dialectOf(db) !== 'postgres' || kpiIds.length === 0) return;
  const ids = [...new Set(kpiIds)].sort((a, b) => a - b);
  // unnest keeps the array's order, so the locks are taken in it.
  await sql`select pg_advisory_xact_lock(${ALERT_LOCKS}, (id % 2147483647)::int)
    from unnest(${ids}::bigint[]) as id`.execute(db);
}

export async function alertRows(db: Kysely<Database>, kpiIds: readonly number[]): Promise<KpiAlertRow[]> {
  if (kpiIds.length === 0) return [];
  return db
    .selectFrom('kpi_alerts')
    .selectAll()
    .where(inValues(db, 'kpi_id', kpiIds, 'bigint'))
    .execute();
}

export async function saveAlertRows(db: Kysely<Database>, rows: readonly KpiAlertRow[]): Promise<void> {
  for (const row of rows) {
    await db
      .insertInto('kpi_alerts')
      .values(row)
      .onConflict((oc) =>
        oc.column('kpi_id').doUpdateSet({
          state: row.state,
          severity: row.severity,
          since: row.since,
          run_start: row.run_start,
          run_points: row.run_points,
          last_point_at: row.last_point_at,
          last_value: row.last_value,
          before_stale: row.before_stale,
          evaluated_at: row.evaluated_at,
          notified_at: row.notified_at,
        }),
      )
      .execute();
  }
}

/** Sets a KPI's own alert timing (`for`, the repeat interval); null takes the default. */
export async function setAlertTiming(
  db: Kysely<Database>,
  row: Pick<KpiAlertRow, 'kpi_id' | 'workspace_id' | 'alert_for' | 'repeat_every' | 'evaluated_at'>,
): Promise<void> {
  await db
    .insertInto('kpi_alerts')
    .values({ ...row, state: 'no_data', since: 0, run_points: 0 })
    .onConflict((oc) =>
      oc.column('kpi_id').doUpdateSet({ alert_for: row.alert_for, repeat_every: row.repeat_every }),
    )
    .execute();
}

/** Every KPI's own alert timing in a workspace, for export. */
export async function workspaceAlertTimings(
  db: Kysely<Database>,
  workspaceId: number,
): Promise<Pick<KpiAlertRow, 'kpi_id' | 'alert_for' | 'repeat_every'>[]> {
  return db
    .selectFrom('kpi_alerts')
    .select(['kpi_id', 'alert_for', 'repeat_every'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('alert_for', 'is not', null), eb('repeat_every', 'is not', null)]))
    .execute();
}

/**
 * Records transitions, each once (a KPI's instant, from and to are unique): resolves to
 * the ones recorded now, so a transition already on record is never told again.
 */
export async function appendAlertTransitions(
  db: Kysely<Database>,
  rows: readonly NewKpiAlertTransitionRow[],
): Promise<NewKpiAlertTransitionRow[]> {
  const once = new Map(rows.map((row) => [transitionKey(row), row]));
  if (once.size === 0) return [];
  const inserted = await db
    .insertInto('kpi_alert_transitions')
    .values([...once.values()])
    .onConflict((oc) => oc.columns(['kpi_id', 'at', 'from_state', 'to_state']).doNothing())
    .returning(['kpi_id', 'at', 'from_state', 'to_state'])
    .execute();
  const recorded = new Set(inserted.map(transitionKey));
  return [...once.values()].filter((row) => recorded.has(transitionKey(row)));
}

function transitionKey(row: {
  readonly kpi_id: number;
  readonly at: number;
  readonly from_state: string;
  readonly to_state: string;
}): string {
  return `${Number(row.kpi_id)}|${Number(row.at)}|${row.from_state}|${row.to_state}`;
}

export async function alertTransitionRows(
  db: Kysely<Database>,
  kpiId: number,
  limit: number,
): Promise<KpiAlertTransitionRow[]> {
  return (
    db
      .selectFrom('kpi_alert_transitions')
      .selectAll()
      .where('kpi_id', '=', kpiId)
      // In the order the machine made them: a late point can follow a transition dated after it.
      .orderBy('id', 'desc')
      .limit(limit)
      .execute()
  );
}

/** Points of these KPIs after each KPI's latest evaluated point, oldest first. */
export async function pointsAfter(
  db: Kysely<Database>,
  kpiId: number,
  after: number | null,
): Promise<{ at: number; value: number }[]> {
  let query = db.selectFrom('data_points').select(['at', 'value']).where('kpi_id', '=', kpiId);
  if (after !== null) query = query.where('at', '>', after);
  return query.orderBy('at').execute();
}
