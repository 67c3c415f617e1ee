import type { Kysely } from 'kysely';
import type { KpiSourceRow, NewSourceRunRow, SourceRunRow } from './kpi-source.table.js';
import type { Database } from './tables.js';

/** The sources of a workspace's active KPIs, with each KPI's key and cadence. */
export async function workspaceSources(
  db: Kysely<Database>,
  workspaceId: number,
  kind?: string,
): Promise<(KpiSourceRow & { kpi_key: string; kpi_name: string; cadence: string })[]> {
  let query = db.selectFrom('kpi_sources');
  if (kind !== undefined) query = query.where('kpi_sources.kind', '=', kind);
  return query
    .innerJoin('kpis', 'kpis.id', 'kpi_sources.kpi_id')
    .selectAll('kpi_sources')
    .select(['kpis.key as kpi_key', 'kpis.name as kpi_name', 'kpis.cadence'])
    .where('kpi_sources.workspace_id', '=', workspaceId)
    .where('kpis.archived_at', 'is', null)
    .orderBy('kpis.position')
    .execute();
}

export async function sourceOf(db: Kysely<Database>, kpiId: number): Promise<KpiSourceRow | undefined> {
  return db.selectFrom('kpi_sources').selectAll().where('kpi_id', '=', kpiId).executeTakeFirst();
}

/** Sets (or, with `undefined`, removes) a KPI's source; a new spec forgets the HTTP validators. */
export async function putSource(
  db: Kysely<Database>,
  row: { workspace_id: number; kpi_id: number; kind: string; spec: string } | undefined,
  kpiId: number,
  at: number,
): Promise<void> {
  const was = await sourceOf(db, kpiId);
  if (row === undefined) {
    if (was) await db.deleteFrom('kpi_sources').where('id', '=', was.id).execute();
    return;
  }
  if (!was) {
    await db
      .insertInto('kpi_sources')
      .values({ ...row, etag: null, last_modified: null, created_at: at, updated_at: at })
      .execute();
  } else if (was.spec !== row.spec || was.kind !== row.kind) {
    await db
      .updateTable('kpi_sources')
      .set({ kind: row.kind, spec: row.spec, etag: null, last_modified: null, updated_at: at })
      .where('id', '=', was.id)
      .execute();
  }
}

export async function saveValidators(
  db: Kysely<Database>,
  kpiId: number,
  etag: string | null,
  lastModified: string | null,
): Promise<void> {
  await db
    .updateTable('kpi_sources')
    .set({ etag, last_modified: lastModified })
    .where('kpi_id', '=', kpiId)
    .execute();
}

export async function insertRun(db: Kysely<Database>, run: NewSourceRunRow): Promise<void> {
  await db.insertInto('source_runs').values(run).execute();
}

/** The latest run of each KPI of the workspace that has one. */
export async function latestRuns(
  db: Kysely<Database>,
  workspaceId: number,
): Promise<Map<number, SourceRunRow>> {
  const rows = await db
    .selectFrom('source_runs')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', (q) =>
      q
        .selectFrom('source_runs')
        .select((eb) => eb.fn.max('id').as('id'))
        .where('workspace_id', '=', workspaceId)
        .groupBy('kpi_id'),
    )
    .execute();
  return new Map(rows.map((r) => [r.kpi_id, r]));
}

export async function recentRuns(
  db: Kysely<Database>,
  kpiId: number,
  limit: number,
): Promise<SourceRunRow[]> {
  return db
    .selectFrom('source_runs')
    .selectAll()
    .where('kpi_id', '=', kpiId)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
