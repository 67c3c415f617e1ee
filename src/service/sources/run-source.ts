import { performance } from 'node:perf_hooks';
import type { Cadence } from '../../core/model.js';
import type { Store } from '../../store/database.js';
import { insertRun, saveValidators } from '../../store/kpi-source.repository.js';
import type { KpiSourceRow } from '../../store/kpi-source.table.js';
import type { WorkspaceRow } from '../../store/workspace.table.js';
import { ingestPoints } from '../data-point.service.js';
import { secretsFor } from '../secrets/server-secrets.js';
import { computeFormula } from './formula-run.js';
import { fetchJson } from './http-fetch.js';
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

export type SourceWithKpi = KpiSourceRow & { readonly kpi_key: string; readonly cadence: string };

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Runs one KPI's source now and records the run. Points go through the bulk idempotent
 * ingest (one transaction, one value per instant); a run that fails at any step stores
 * no point and records the error for the KPI's owner. Never throws for a source's fault.
 */
export async function runSource(
  store: Store,
  ws: WorkspaceRow,
  source: SourceWithKpi,
  options: RunOptions,
): Promise<RunOutcome> {
  const env = options.env ?? process.env;
  const started = performance.now();
  const base = { workspace: ws.name, kpi: source.kpi_key, kind: source.kind };
  let outcome: RunOutcome;
  let validators: { etag: string | null; lastModified: string | null } | undefined;
  try {
    const pulled = await pull(store, ws, source, { ...options, env });
    if (pulled.status === 'not_modified') {
      outcome = { ...base, status: 'not_modified', points: 0, durationMs: performance.now() - started };
    } else {
      await ingestPoints(
        store,
        ws.name,
        source.kpi_key,
        pulled.points.map((p) => ({ ...p, source: source.kind === 'formula' ? 'formula' : 'pull' })),
        { actor: `source:${source.kpi_key}`, at: options.now },
      );
      if (source.kind === 'http')
        await saveValidators(store.db, source.kpi_id, pulled.etag, pulled.lastModified);
      const latest = pulled.points.reduce<SourcePoint | undefined>(
        (a, p) => (a === undefined || p.at >= a.at ? p : a),
        undefined,
      );
      outcome = {
        ...base,
        status: 'ok',
        points: pulled.points.length,
        ...(latest ? { value: latest.value } : {}),
        durationMs: performance.now() - started,
      };
    }
  } catch (error) {
    outcome = {
      ...base,
      status: 'error',
      points: 0,
      error: describe(error),
      durationMs: performance.now() - started,
    };
  }
  // One commit for the run and the HTTP validators: with SQLite's synchronous=FULL each
  // commit is a disk flush, and a pull of 1,000 sources pays for every one.
  await store.db.transaction().execute(async (trx) => {
    if (validators) await saveValidators(trx, source.kpi_id, validators.etag, validators.lastModified);
    await insertRun(trx, {
      workspace_id: ws.id,
      kpi_id: source.kpi_id,
      started_at: options.now,
      finished_at: options.now + Math.round(outcome.durationMs),
      status: outcome.status,
      value: outcome.value ?? null,
      points: outcome.points,
      error: outcome.error ?? null,
    });
  });
  return outcome;
}

type Pulled =
  | { readonly status: 'not_modified' }
  | {
      readonly status: 'ok';
      readonly points: SourcePoint[];
      readonly etag: string | null;
      readonly lastModified: string | null;
    };

async function pull(
  store: Store,
  ws: WorkspaceRow,
  row: SourceWithKpi,
  options: RunOptions & { env: NodeJS.ProcessEnv },
): Promise<Pulled> {
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
