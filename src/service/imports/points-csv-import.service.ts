import type { RowProblem } from '../../core/import/csv-table.js';
import { type MappedPoint, mapPointRows, type PointsMapping } from '../../core/import/points-mapping.js';
import { pointConflicts } from '../../core/kpi/point-conflict.js';
import { findCsvMapping, saveCsvMapping } from '../../store/csv-mapping.repository.js';
import { pointsAt } from '../../store/data-point.repository.js';
import type { Store } from '../../store/database.js';
import { keyedRows } from '../../store/keyed.repository.js';
import type { ChangeContext } from '../change-context.js';
import { type IngestResult, ingestPointsIn } from '../data-point.service.js';
import { type PointConflictAt, PointConflictError, ValidationError } from '../errors.js';
import { activeKpiRef } from '../kpi-ref.js';
import { recomputeFormulas } from '../sources/recompute-formulas.js';
import { resolveWorkspace } from '../workspace-ref.js';
import { inWorkspaceWrite } from '../write/unit-of-work.js';
import { csvRows, rowIssues } from './csv-rows.js';

/** The kind the mapping is saved under (csv_mappings.kind). */
const KIND = 'points';

export interface PointsCsvOptions {
  readonly mapping: PointsMapping;
  /** The KPI of every row when the mapping has no KPI column. */
  readonly kpi?: string;
  readonly dryRun?: boolean;
  /** Replace values stored at the same instants; without it such rows refuse the import. */
  readonly replace?: boolean;
}

export interface PointsCsvPreview {
  readonly header: readonly string[];
  /** Data rows (the header not counted). */
  readonly rows: number;
  readonly problems: readonly RowProblem[];
  /** Values per KPI, in the order the file first names them. */
  readonly kpis: readonly { readonly kpi: string; readonly points: number }[];
  /** The first mapped rows, to show what the mapping reads. */
  readonly sample: readonly MappedPoint[];
  /** Rows whose value would replace a different value already stored, by row. */
  /** The rows that would replace a stored value (by KPI id: the preview names no one). */
  readonly replacing: readonly Omit<PointConflictAt, 'kpiName'>[];
}

export interface PointsCsvResult {
  readonly dryRun: boolean;
  readonly points: number;
  readonly kpis: readonly ({ readonly kpi: string } & IngestResult)[];
}

/** What a CSV reads as through a mapping, every problem by row; stores nothing. */
export async function previewPointsCsv(
  store: Store,
  workspace: string | undefined,
  text: string,
  options: Omit<PointsCsvOptions, 'dryRun'>,
): Promise<PointsCsvPreview> {
  const rows = csvRows(text, 'CSV');
  const read = mapPointRows(rows, options.mapping, await kpiNames(store, workspace), options.kpi);
  const byKpi = pointsByKpi(read.points);
  return {
    header: rows[0] ?? [],
    rows: Math.max(rows.length - 1, 0),
    problems: read.problems,
    kpis: [...byKpi].map(([kpi, points]) => ({ kpi, points: points.length })),
    sample: read.points.slice(0, 10),
    replacing: await replacingRows(store, workspace, byKpi),
  };
}

function pointsByKpi(points: readonly MappedPoint[]): Map<string, MappedPoint[]> {
  const byKpi = new Map<string, MappedPoint[]>();
  for (const p of points) {
    const list = byKpi.get(p.kpi) ?? [];
    byKpi.set(p.kpi, list);
    list.push(p);
  }
  return byKpi;
}

/** The rows whose value differs from the one stored at their instant, row by row. */
async function replacingRows(
  store: Store,
  workspace: string | undefined,
  byKpi: ReadonlyMap<string, readonly MappedPoint[]>,
): Promise<Omit<PointConflictAt, 'kpiName'>[]> {
  const ws = await resolveWorkspace(store.db, workspace);
  const out: Omit<PointConflictAt, 'kpiName'>[] = [];
  for (const [kpi, points] of byKpi) {
    const ref = await activeKpiRef(store.db, ws.id, kpi);
    const stored = await pointsAt(
      store.db,
      ref.id,
      points.map((p) => p.at),
    );
    const values = new Map(stored.map((row) => [row.at, row.value]));
    for (const p of points) {
      for (const c of pointConflicts(values, [p])) out.push({ kpi, row: p.row, ...c });
    }
  }
  return out.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/**
 * Imports a CSV of values of one or many KPIs through a column mapping, all or nothing:
 * any row problem stores nothing and lists every problem by row. The points go through
 * the ingest path (same audit, same refusal of a different value at a stored instant unless `replace`), formulas over them are
 * recomputed, and the mapping is saved for the workspace's next upload. A dry run does
 * the whole import in a transaction it rolls back, so its counts are exact.
 */
export async function importPointsCsv(
  store: Store,
  workspace: string | undefined,
  text: string,
  options: PointsCsvOptions,
  change: ChangeContext,
): Promise<PointsCsvResult> {
  const read = mapPointRows(
    csvRows(text, 'CSV'),
    options.mapping,
    await kpiNames(store, workspace),
    options.kpi,
  );
  if (read.problems.length > 0)
    throw new ValidationError(
      `${read.problems.length} problem(s) in the CSV; nothing was imported:`,
      rowIssues(read.problems),
    );
  if (read.points.length === 0)
    throw new ValidationError('The CSV has no rows to import:', [
      { path: 'file', message: 'add a row per value' },
    ]);
  const byKpi = pointsByKpi(read.points);
  let results: PointsCsvResult['kpis'];
  try {
    results = await inWorkspaceWrite(store, workspace, change, async (uow) => {
      const out: ({ kpi: string } & IngestResult)[] = [];
      const conflicts: PointConflictAt[] = [];
      for (const [kpi, points] of byKpi) {
        const ref = await activeKpiRef(uow.trx, uow.workspace.id, kpi);
        const written = await ingestPointsIn(
          uow.trx,
          uow.workspace.id,
          ref,
          points.map((p) => ({
            at: p.at,
            value: p.value,
            source: 'import',
            ...(p.note ? { note: p.note } : {}),
          })),
          change.actor,
          uow.at,
          uow,
          { replace: options.replace === true },
        ).catch((error: unknown) => {
          // Every KPI's refused rows are told at once, with their rows; nothing is kept.
          if (!(error instanceof PointConflictError)) throw error;
          conflicts.push(...error.withRows(points));
          return undefined;
        });
        if (written) out.push({ kpi, ...written });
      }
      if (conflicts.length > 0) throw new PointConflictError(conflicts);
      if (options.dryRun) throw new RolledBack(out);
      await saveCsvMapping(uow.trx, {
        workspace_id: uow.workspace.id,
        kind: KIND,
        mapping: JSON.stringify(options.mapping),
        updated_at: uow.at,
        updated_by: change.actor,
      });
      return out;
    });
  } catch (error) {
    if (error instanceof RolledBack) return { dryRun: true, points: read.points.length, kpis: error.results };
    throw error;
  }
  const changed = results.filter((r) => r.inserted + r.replaced > 0).map((r) => r.kpi);
  if (changed.length > 0) {
    await recomputeFormulas(
      store,
      await resolveWorkspace(store.db, workspace),
      changed,
      change.at ?? Date.now(),
    );
  }
  return { dryRun: false, points: read.points.length, kpis: results };
}

/** The mapping the workspace last imported with, if any. */
export async function savedPointsMapping(
  store: Store,
  workspace: string | undefined,
): Promise<PointsMapping | undefined> {
  const ws = await resolveWorkspace(store.db, workspace);
  const row = await findCsvMapping(store.db, ws.id, KIND);
  return row ? (JSON.parse(row.mapping) as PointsMapping) : undefined;
}

/** Thrown inside a dry run's transaction to roll it back, carrying what it would have written. */
class RolledBack extends Error {
  constructor(readonly results: PointsCsvResult['kpis']) {
    super('dry run');
  }
}

async function kpiNames(store: Store, workspace: string | undefined) {
  const ws = await resolveWorkspace(store.db, workspace);
  const kpis = await keyedRows(store.db, 'kpis', ws.id, { includeArchived: false });
  return kpis.map((k) => ({ id: k.key, name: k.name }));
}
