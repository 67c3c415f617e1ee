import type { Kysely } from 'kysely';
import { type KpiSource, withSecretsHidden } from '../../core/source/kpi-source.js';
import type { Store } from '../../store/database.js';
import { keyedRows } from '../../store/keyed.repository.js';
import { putSource, sourceOf, workspaceSources } from '../../store/kpi-source.repository.js';
import type { Database } from '../../store/tables.js';
import { formatPath } from '../../workspace/diagnostic.js';
import { checkSources } from '../../workspace/source-rules.js';
import type { ChangeContext } from '../change-context.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { activeKpiRef } from '../kpi-ref.js';
import { secretsFor } from '../secrets/server-secrets.js';
import { resolveWorkspace } from '../workspace-ref.js';
import { inWorkspaceWrite } from '../write/unit-of-work.js';
import { runDueSources } from './run-due-sources.js';
import type { RunOptions, RunOutcome } from './run-source.js';
import { type KpiSourceView, sourceRuns } from './source-runs.service.js';
import { openSpec, sealSpec } from './source-spec.js';

/**
 * Gives a KPI a source, replaces it, or (with `undefined`) removes it. The same rules as
 * the workspace file (source-rules.ts) judge it against the workspace's other KPIs, so a
 * formula loop or an unknown id is refused here as there.
 */
export async function setKpiSource(
  store: Store,
  workspace: string | undefined,
  kpiKey: string,
  source: KpiSource | undefined,
  change: ChangeContext,
): Promise<KpiSourceView> {
  const wsName = await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const ref = await activeKpiRef(uow.trx, uow.workspace.id, kpiKey);
    if (source !== undefined) {
      const issues = await sourceIssues(uow.trx, uow.workspace.id, kpiKey, source);
      if (issues.length > 0) throw new ValidationError(`The source of KPI "${kpiKey}" is not valid:`, issues);
    }
    const was = await sourceOf(uow.trx, ref.id);
    const row = source && {
      workspace_id: uow.workspace.id,
      kpi_id: ref.id,
      kind: source.kind,
      spec: sealSpec(source, () => secretsFor(store), was?.spec, kpiKey),
    };
    await putSource(uow.trx, row, ref.id, uow.at);
    await uow.audit({
      entity: 'kpi',
      entityId: kpiKey,
      action: source ? 'set_source' : 'remove_source',
      ...(was ? { before: withSecretsHidden(openSpec(was.spec, undefined)) } : {}),
      ...(source ? { after: withSecretsHidden(source) } : {}),
    });
    uow.touched('kpi', kpiKey);
    return uow.workspace.name;
  });
  return sourceRuns(store, wsName, kpiKey);
}

/**
 * What is wrong with a source the KPI could be given, without storing it (the KPI page's
 * editor checks a formula as it is typed): empty when it would be accepted.
 */
export async function checkKpiSource(
  store: Store,
  workspace: string | undefined,
  kpiKey: string,
  source: KpiSource,
): Promise<ValidationIssue[]> {
  const ws = await resolveWorkspace(store.db, workspace);
  await activeKpiRef(store.db, ws.id, kpiKey);
  return sourceIssues(store.db, ws.id, kpiKey, source);
}

/** The workspace file's rules (source-rules.ts) on this KPI's source among the others. */
async function sourceIssues(
  db: Kysely<Database>,
  workspaceId: number,
  kpiKey: string,
  source: KpiSource,
): Promise<ValidationIssue[]> {
  const kpis = await keyedRows(db, 'kpis', workspaceId, { includeArchived: false });
  const sources = new Map(
    (await workspaceSources(db, workspaceId)).map((s) => [s.kpi_key, openSpec(s.spec, undefined)]),
  );
  sources.set(kpiKey, source);
  const data = {
    kpis: kpis.map((k) => ({ id: k.key, ...(sources.has(k.key) ? { source: sources.get(k.key) } : {}) })),
  };
  const index = kpis.findIndex((k) => k.key === kpiKey);
  return checkSources(data)
    .filter((f) => f.severity === 'error' && f.path[1] === index)
    .map((f) => ({ path: formatPath(f.path.slice(2)), message: f.message }));
}

/** Runs one KPI's source now, due or not. */
export async function runKpiSource(
  store: Store,
  workspace: string | undefined,
  kpiKey: string,
  options: Partial<RunOptions> & { now: number },
): Promise<RunOutcome> {
  const ws = await resolveWorkspace(store.db, workspace);
  const [outcome] = await runDueSources(store, options.now, { ...options, workspace: ws.slug, kpi: kpiKey });
  return outcome as RunOutcome;
}
