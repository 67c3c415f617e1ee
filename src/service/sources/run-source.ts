import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import type { Cadence } from '../../core/model.js';
import type { Store } from '../../store/database.js';
import { insertRun, saveValidators } from '../../store/kpi-source.repository.js';
import type { KpiSourceRow } from '../../store/kpi-source.table.js';
import type { Database } from '../../store/tables.js';
import type { WorkspaceRow } from '../../store/workspace.table.js';
import { ingestPointsIn, pointIssues, type TouchedRecords } from '../data-point.service.js';
import { secretsFor } from '../secrets/server-secrets.js';
import { type ChangedRecord, changeFeed } from '../write/change-feed.js';
import { computeFormula } from './formula-run.js';
import { fetchJson } from './http-fetch.js';
import { recomputeFormulas } from './recompute-formulas.js';
import { extractPoints, type SourcePoint, toPoint } from './source-points.js';
import { SourceRunError } from './source-run-error.js';
import { openSpec } from './source-spec.js';
import { runSqlQuery } from './sql-query.js';

export interface RunOptions {
  /** The instant of the run: points without their own instant get it. */
  readonly now: number;
  readonly env?: NodeJS.ProcessEnv;
  /** Per request or query; default 10 s. */
  readonly timeoutMs?: number;
}

export type RunStatus = 'ok' | 'not_modified' | 'error';

export interface RunOutcome {
  readonly workspace: string;
  readonly kpi: string;
  readonly kind: string;
  readonly status: RunStatus;
  /** The latest value the run stored. */
  readonly value?: number;
  readonly points: number;
  readonly error?: string;
  readonly durationMs: number;
}

export type SourceWithKpi = KpiSourceRow & {
  readonly kpi_key: string;
  readonly kpi_name: string;
  readonly cadence: string;
};

export const DEFAULT_TIMEOUT_MS = 10_000;

/** A source's answer, fetched but not yet stored. */
export interface PulledRun {
  readonly ws: WorkspaceRow;
  readonly source: SourceWithKpi;
  readonly now: number;
  readonly durationMs: number;
  readonly result:
    | { readonly status: 'not_modified' }
    | { readonly status: 'error'; readonly error: string }
    | {
        readonly status: 'ok';
        readonly points: SourcePoint[];
        readonly etag: string | null;
        readonly lastModified: string | null;
      };
}

/** Runs one KPI's source now and records the run. Never throws for a source's fault. */
export async function runSource(
  store: Store,
  ws: WorkspaceRow,
  source: SourceWithKpi,
  options: RunOptions,
): Promise<RunOutcome> {
  const [outcome] = await recordRuns(store, [await pullSource(store, ws, source, options)]);
  return outcome as RunOutcome;
}

/** Fetches (or queries, or computes) a source's points; every failure becomes words. */
export async function pullSource(
  store: Store,
  ws: WorkspaceRow,
  source: SourceWithKpi,
  options: RunOptions,
): Promise<PulledRun> {
  const started = performance.now();
  let result: PulledRun['result'];
  try {
    result = await pull(store, ws, source, { ...options, env: options.env ?? process.env });
  } catch (error) {
    result = { status: 'error', error: describe(error) };
  }
  return { ws, source, now: options.now, durationMs: performance.now() - started, result };
}

/**
 * Stores pulled runs in one transaction — points through the bulk idempotent ingest,
 * the HTTP validators, a run record each — then recomputes the formulas over the KPIs
 * that changed. With SQLite's synchronous=FULL every commit is a disk flush, so a pull
 * of 1,000 sources commits in batches, not 1,000 times. When a batch fails (a KPI
 * archived meanwhile), each run is stored on its own so one cannot lose the others; a
 * run that cannot store its points is recorded as failed, with no point.
 */
export async function recordRuns(store: Store, runs: readonly PulledRun[]): Promise<RunOutcome[]> {
  let outcomes: RunOutcome[];
  try {
    const touched = touchedKpis();
    outcomes = await store.db.transaction().execute(async (trx) => {
      const done: RunOutcome[] = [];
      for (const run of runs) done.push(await store1(trx, run, touched.of(run)));
      return done;
    });
    touched.tell(store);
  } catch {
    outcomes = [];
    for (const run of runs) {
      const touched = touchedKpis();
      try {
        outcomes.push(await store.db.transaction().execute((trx) => store1(trx, run, touched.of(run))));
        touched.tell(store);
      } catch (error) {
        const failed = { ...run, result: { status: 'error' as const, error: describe(error) } };
        outcomes.push(await store.db.transaction().execute((trx) => store1(trx, failed, touched.of(run))));
      }
    }
  }
  const changed = new Map<number, { ws: WorkspaceRow; kpis: string[]; now: number }>();
  runs.forEach((run, i) => {
    if (outcomes[i]?.status !== 'ok' || (outcomes[i]?.points ?? 0) === 0) return;
    const entry = changed.get(run.ws.id) ?? { ws: run.ws, kpis: [], now: run.now };
    entry.kpis.push(run.source.kpi_key);
    changed.set(run.ws.id, entry);
  });
  for (const { ws, kpis, now } of changed.values()) await recomputeFormulas(store, ws, kpis, now);
  return outcomes;
}

/**
 * Source runs write outside a unit of work (many workspaces in one transaction), so the
 * KPIs their points touched are told to the change feed here, once the batch commits.
 */
function touchedKpis() {
  const byWorkspace = new Map<number, { ws: WorkspaceRow; at: number; records: ChangedRecord[] }>();
  return {
    of: (run: PulledRun): TouchedRecords => ({
      touched(entity, id) {
        const entry = byWorkspace.get(run.ws.id) ?? { ws: run.ws, at: run.now, records: [] };
        byWorkspace.set(run.ws.id, entry);
        entry.records.push({ entity, id: String(id) });
      },
    }),
    tell(store: Store) {
      for (const { ws, at, records } of byWorkspace.values()) {
        changeFeed(store).publish({
          workspaceId: ws.id,
          workspaceSlug: ws.slug,
          actor: 'system:sources',
          at,
          records,
          events: [],
        });
      }
    },
  };
}

async function store1(trx: Kysely<Database>, run: PulledRun, records: TouchedRecords): Promise<RunOutcome> {
  const { ws, source, result, now } = run;
  const base = { workspace: ws.name, kpi: source.kpi_key, kind: source.kind, durationMs: run.durationMs };
  let outcome: RunOutcome;
  if (result.status === 'ok') {
    const points = result.points.map((p) => ({
      ...p,
      source: source.kind === 'formula' ? ('formula' as const) : ('pull' as const),
    }));
    const issues = pointIssues(points);
    if (issues.length > 0) throw new SourceRunError(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    await ingestPointsIn(
      trx,
      ws.id,
      { id: source.kpi_id, key: source.kpi_key, name: source.kpi_name },
      points,
      `source:${source.kpi_key}`,
      now,
      records,
      // A source owns its series: a re-read value replaces the one read before.
      { replace: true },
    );
    if (source.kind === 'http') await saveValidators(trx, source.kpi_id, result.etag, result.lastModified);
    const latest = result.points.reduce<SourcePoint | undefined>(
      (a, p) => (a === undefined || p.at >= a.at ? p : a),
      undefined,
    );
    outcome = {
      ...base,
      status: 'ok',
      points: result.points.length,
      ...(latest ? { value: latest.value } : {}),
    };
  } else if (result.status === 'not_modified') {
    outcome = { ...base, status: 'not_modified', points: 0 };
  } else {
    outcome = { ...base, status: 'error', points: 0, error: result.error };
  }
  await insertRun(trx, {
    workspace_id: ws.id,
    kpi_id: source.kpi_id,
    started_at: now,
    finished_at: now + Math.round(run.durationMs),
    status: outcome.status,
    value: outcome.value ?? null,
    points: outcome.points,
    error: outcome.error ?? null,
  });
  return outcome;
}

async function pull(
  store: Store,
  ws: WorkspaceRow,
  row: SourceWithKpi,
  options: RunOptions & { env: NodeJS.ProcessEnv },
): Promise<PulledRun['result']> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const source = openSpec(
    row.spec,
    row.kind === 'formula' ? undefined : () => secretsFor(store, options.env),
  );
  switch (source.kind) {
    case 'http': {
      const fetched = await fetchJson(source.url, {
        headers: source.headers ?? {},
        etag: row.etag,
        lastModified: row.last_modified,
        timeoutMs,
        env: options.env,
      });
      if (fetched.status === 'not_modified') return fetched;
      const points = await extractPoints(fetched.body, source.value, source.at, options.now);
      return { status: 'ok', points, etag: fetched.etag, lastModified: fetched.lastModified };
    }
    case 'sql': {
      const rows = await runSqlQuery(source.connection, source.query, { timeoutMs, env: options.env });
      if (rows.length === 0) throw new SourceRunError('the query returned no rows');
      const first = rows[0] as Record<string, unknown>;
      if (!('value' in first))
        throw new SourceRunError('the query returns no column named value; select … as value');
      const points = rows.map((r, i) =>
        toPoint('at' in r ? r.at : options.now, r.value, options.now, `row ${i + 1}`),
      );
      return { status: 'ok', points, etag: null, lastModified: null };
    }
    case 'formula': {
      const points = await computeFormula(store, ws, source.expression, row.cadence as Cadence);
      return { status: 'ok', points, etag: null, lastModified: null };
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof SourceRunError) return error.message;
  if (error instanceof Error && ['ValidationError', 'SecretKeyError', 'NotFoundError'].includes(error.name))
    return error.message;
  return `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
}
