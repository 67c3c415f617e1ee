import type { RowProblem } from '../../core/import/csv-table.js';
import { type MappedPoint, mapPointRows, type PointsMapping } from '../../core/import/points-mapping.js';
import { findCsvMapping, saveCsvMapping } from '../../store/csv-mapping.repository.js';
import type { Store } from '../../store/database.js';
import { keyedRows } from '../../store/keyed.repository.js';
import type { ChangeContext } from '../change-context.js';
import { type IngestResult, ingestPointsIn } from '../data-point.service.js';
import { ValidationError } from '../errors.js';
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
  const counts = new Map<string, number>();
  for (const p of read.points) counts.set(p.kpi, (counts.get(p.kpi) ?? 0) + 1);
  return {
    header: rows[0] ?? [],
    rows: Math.max(rows.length - 1, 0),
    problems: read.problems,
    kpis: [...counts].map(([kpi, points]) => ({ kpi, points })),
    sample: read.points.slice(0, 10),
  };
}

/**
 * Imports a CSV of values of one or many KPIs through a column mapping, all or nothing:
 * any row problem stores nothing and lists every problem by row. The points go through
 * the ingest path (same audit, same idempotent replace), formulas over them are
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
  const byKpi = new Map<string, MappedPoint[]>();
  for (const p of read.points) byKpi.set(p.kpi, [...(byKpi.get(p.kpi) ?? []), p]);
  let results: PointsCsvResult['kpis'];
  try {
    results = await inWorkspaceWrite(store, workspace, change, async (uow) => {
      const out: ({ kpi: string } & IngestResult)[] = [];
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
        );
        out.push({ kpi, ...written });
      }
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
