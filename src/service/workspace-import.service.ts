import type { Kysely } from 'kysely';
import { formatAlertRepeat } from '../core/alert/alert-for.js';
import type { Workspace } from '../core/model.js';
import { startOfDate } from '../core/time.js';
import type { NewAuditEntry } from '../store/audit-log.repository.js';
import { replaceInitiativeLinks } from '../store/child.repository.js';
import type { Store } from '../store/database.js';
import { toDbBoolean } from '../store/dialect.js';
import { overwriteKeyed } from '../store/keyed.repository.js';
import { guardrailRows, replaceGuardrails } from '../store/objective-guardrail.repository.js';
import { parentRows, replaceParents } from '../store/objective-parent.repository.js';
import type { Database } from '../store/tables.js';
import {
  findWorkspace,
  insertWorkspace,
  slugify,
  updateWorkspaceVersioned,
} from '../store/workspace.repository.js';
import type { WorkspaceRow } from '../store/workspace.table.js';
import { syncAlertTimings } from './alerts/import-alert-timing.js';
import { type ChangeContext, changeTime } from './change-context.js';
import { ConflictError, ValidationError } from './errors.js';
import { replaceChildren } from './import-children.js';
import { type PointSyncCounts, syncImportedPoints } from './import-points.js';
import { syncSources } from './sources/import-sources.js';
import { type SyncCounts, syncKeyed } from './sync-keyed.js';
import { withPreferences } from './workspace-settings.service.js';
import { parentsFirst, storeIssues } from './workspace-validation.js';
import { inWorkspaceWrite } from './write/unit-of-work.js';

export interface ImportOptions extends ChangeContext {
  /** Store under this name instead of the file's `workspace:`. */
  readonly name?: string;
}

export interface ImportResult {
  readonly workspace: string;
  /** True when the workspace did not exist before. */
  readonly created: boolean;
  readonly records: Readonly<SyncCounts>;
  readonly points: Readonly<PointSyncCounts>;
}

/**
 * Makes the store's workspace equal to `ws` (creating it if new), in one transaction: a
 * workspace that cannot be stored changes nothing. Records the file no longer lists are
 * archived, not deleted; data points the file no longer lists are removed (the audit log
 * keeps their values); every change is audited.
 */
export async function importWorkspace(
  store: Store,
  ws: Workspace,
  options: ImportOptions,
): Promise<ImportResult> {
  const issues = storeIssues(ws);
  if (issues.length > 0) throw new ValidationError(`The workspace "${ws.name}" cannot be stored:`, issues);
  const name = options.name ?? ws.name;
  let before: WorkspaceRow | undefined;
  const upserted = async (trx: Kysely<Database>) => {
    before = await findWorkspace(trx, name);
    return upsertWorkspaceRow(trx, before, name, ws, changeTime(options));
  };
  return inWorkspaceWrite(store, upserted, options, async (uow) => {
    const { trx, workspace: row, at } = uow;
    const audit = {
      entries: [] as NewAuditEntry[],
      actor: options.actor,
      at,
      counts: { created: 0, updated: 0, archived: 0 },
    };
    const kpiIds = await syncRecords(trx, row.id, ws, audit);
    await syncSources(trx, store, row.id, ws, kpiIds, audit);
    await syncAlertTimings(trx, row.id, ws, kpiIds, audit);
    const points = await syncImportedPoints(trx, row.id, ws, kpiIds, audit);
    await uow.audit(
      ...audit.entries.map((e) => ({
        entity: e.entity,
        entityId: e.entity_id,
        action: e.action,
        before: e.before,
        after: e.after,
      })),
      {
        entity: 'workspace',
        entityId: name,
        action: before ? 'import' : 'create',
        before: before ? { version: before.version } : undefined,
        after: { version: before ? before.version + 1 : 1, records: audit.counts, points },
      },
    );
    return { workspace: name, created: !before, records: audit.counts, points };
  });
}

async function upsertWorkspaceRow(
  trx: Kysely<Database>,
  existing: WorkspaceRow | undefined,
  name: string,
  ws: Workspace,
  at: number,
): Promise<WorkspaceRow> {
  const values = {
    locale: ws.locale ?? null,
    currency: ws.currency ?? null,
    freelancer: toDbBoolean(ws.freelancer),
  };
  const alertRepeat = ws.alertRepeat === undefined ? null : formatAlertRepeat(ws.alertRepeat);
  if (!existing) {
    return insertWorkspace(trx, {
      name,
      slug: await freeSlug(trx, name),
      ...values,
      ...(alertRepeat !== null && { settings: JSON.stringify({ alertRepeat }) }),
      created_at: at,
      updated_at: at,
    });
  }
  const patch = {
    ...values,
    settings: withPreferences(existing, { alertRepeat }),
    archived_at: null,
    updated_at: at,
  };
  if (!(await updateWorkspaceVersioned(trx, existing.id, existing.version, patch))) {
    throw new ConflictError(`The workspace "${name}" changed while it was being imported; import again.`);
  }
  return { ...existing, ...patch, version: existing.version + 1 };
}

async function freeSlug(trx: Kysely<Database>, name: string): Promise<string> {
  const base = slugify(name);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await findWorkspace(trx, slug))) return slug;
  }
}

type Audit = Parameters<typeof syncKeyed>[5];

/** Syncs every keyed record and the lists hanging off them; returns KPI key → id. */
async function syncRecords(
  trx: Kysely<Database>,
  wsId: number,
  ws: Workspace,
  audit: Audit,
): Promise<ReadonlyMap<string, number>> {
  const sync = (
    table: Parameters<typeof syncKeyed>[1],
    entity: string,
    desired: Parameters<typeof syncKeyed>[4],
  ) => syncKeyed(trx, table, entity, wsId, desired, audit);
  const people = await sync(
    'people',
    'person',
    ws.people.map((p, position) => ({
      key: p.id,
      values: { position, name: p.name, email: p.email ?? null },
      ...(p.left !== undefined && { archivedAt: startOfDate(p.left) }),
    })),
  );
  const personId = (key: string | undefined) => (key === undefined ? null : (people.get(key) ?? null));

  const teamPosition = new Map(ws.teams.map((t, i) => [t.id, i]));
  const teams = await sync(
    'teams',
    'team',
    parentsFirst(ws.teams).map((t) => ({
      key: t.id,
      values: (ids: ReadonlyMap<string, number>) => ({
        position: teamPosition.get(t.id) ?? 0,
        name: t.name,
        parent_id: t.parent === undefined ? null : (ids.get(t.parent) ?? null),
      }),
    })),
  );
  const teamId = (key: string | undefined) => (key === undefined ? null : (teams.get(key) ?? null));

  const cycles = await sync(
    'cycles',
    'cycle',
    ws.cycles.map((c, position) => ({
      key: c.id,
      values: { position, start_date: c.start, end_date: c.end },
    })),
  );
  const kpis = await sync(
    'kpis',
    'kpi',
    ws.kpis.map((k, position) => ({
      key: k.id,
      values: {
        position,
        name: k.name,
        unit: k.unit ?? null,
        owner_id: personId(k.owner),
        team_id: teamId(k.team),
        cadence: k.cadence,
        healthy_min: k.healthy?.min ?? null,
        healthy_max: k.healthy?.max ?? null,
        warning_min: k.warning?.min ?? null,
        warning_max: k.warning?.max ?? null,
      },
    })),
  );
  const kpiId = (key: string | undefined) => (key === undefined ? null : (kpis.get(key) ?? null));

  const objectivePosition = new Map(ws.objectives.map((o, i) => [o.id, i]));
  const objectives = await sync(
    'objectives',
    'objective',
    ws.objectives.map((o) => ({
      key: o.id,
      values: {
        position: objectivePosition.get(o.id) ?? 0,
        title: o.title,
        owner_id: personId(o.owner),
        team_id: teamId(o.team),
        cycle_id: cycles.get(o.cycle) ?? null,
        type: o.type,
      },
    })),
  );

  let krPosition = 0;
  const keyResults = await sync(
    'key_results',
    'key_result',
    ws.objectives.flatMap((o) =>
      o.keyResults.map((kr) => ({
        key: kr.id,
        values: {
          position: krPosition++,
          objective_id: objectives.get(o.id) ?? null,
          title: kr.title,
          owner_id: personId(kr.owner),
          baseline: kr.baseline ?? null,
          target: kr.target ?? null,
          unit: kr.unit ?? null,
          weight: kr.weight,
          kpi_id: kpiId(kr.kpi),
          milestone: kr.milestone === undefined ? null : toDbBoolean(kr.milestone),
          done: kr.done === undefined ? null : toDbBoolean(kr.done),
        },
      })),
    ),
  );
  const initiatives = await sync(
    'initiatives',
    'initiative',
    ws.initiatives.map((i, position) => ({
      key: i.id,
      values: {
        position,
        title: i.title,
        owner_id: personId(i.owner),
        status: i.status,
        due_date: i.due ?? null,
      },
    })),
  );
  for (const i of ws.initiatives) {
    const links = i.keyResults.map((k) => keyResults.get(k)).filter((id): id is number => id !== undefined);
    await replaceInitiativeLinks(trx, initiatives.get(i.id) ?? 0, links);
  }
  await syncGuardrails(trx, wsId, ws, kpis, objectives, audit);
  await syncParents(trx, wsId, ws, objectives, audit);
  await replaceChildren(trx, wsId, ws, { kpis, objectives, keyResults }, audit);
  return kpis;
}

/** Makes each objective's guardrails the file's list (see `syncObjectiveList`). */
async function syncGuardrails(
  trx: Kysely<Database>,
  wsId: number,
  ws: Workspace,
  kpis: ReadonlyMap<string, number>,
  objectives: ReadonlyMap<string, number>,
  audit: Audit,
): Promise<void> {
  const kpiKey = new Map([...kpis].map(([key, id]) => [id, key]));
  await syncObjectiveList(trx, wsId, ws, objectives, audit, {
    field: 'guardrails',
    stored: (await guardrailRows(trx, wsId)).map((r) => ({
      objective: r.objective_id,
      key: kpiKey.get(r.kpi_id) ?? String(r.kpi_id),
    })),
    wanted: (o) => (o.guardrails ?? []).filter((k) => kpis.has(k)),
    replace: (id, keys) =>
      replaceGuardrails(
        trx,
        id,
        keys.map((k) => kpis.get(k) ?? 0),
      ),
  });
}

/** Makes the objectives each objective supports the file's list (see `syncObjectiveList`). */
async function syncParents(
  trx: Kysely<Database>,
  wsId: number,
  ws: Workspace,
  objectives: ReadonlyMap<string, number>,
  audit: Audit,
): Promise<void> {
  const objectiveKey = new Map([...objectives].map(([key, id]) => [id, key]));
  await syncObjectiveList(trx, wsId, ws, objectives, audit, {
    field: 'parents',
    stored: (await parentRows(trx, wsId)).map((r) => ({
      objective: r.objective_id,
      key: objectiveKey.get(r.parent_id) ?? String(r.parent_id),
    })),
    wanted: (o) => (o.parents ?? []).filter((k) => objectives.has(k)),
    replace: (id, keys) =>
      replaceParents(
        trx,
        id,
        keys.map((k) => objectives.get(k) ?? 0),
      ),
  });
}

/**
 * Makes one list hanging off each objective (its guardrails, its parents) the file's list.
 * A changed list is audited as an update of that objective and bumps its version (once, if
 * its columns or another list changed too), so a PATCH holding the old version is told
 * someone changed it.
 */
async function syncObjectiveList(
  trx: Kysely<Database>,
  wsId: number,
  ws: Workspace,
  objectives: ReadonlyMap<string, number>,
  audit: Audit,
  list: {
    readonly field: string;
    readonly stored: readonly { readonly objective: number; readonly key: string }[];
    readonly wanted: (o: Workspace['objectives'][number]) => readonly string[];
    readonly replace: (objectiveId: number, keys: readonly string[]) => Promise<void>;
  },
): Promise<void> {
  const stored = new Map<number, string[]>();
  for (const row of list.stored) {
    const keys = stored.get(row.objective) ?? [];
    keys.push(row.key);
    stored.set(row.objective, keys);
  }
  for (const o of ws.objectives) {
    const id = objectives.get(o.id);
    if (id === undefined) continue;
    const wanted = [...new Set(list.wanted(o))];
    const before = stored.get(id) ?? [];
    if (wanted.length === before.length && wanted.every((k, i) => k === before[i])) continue;
    await list.replace(id, wanted);
    const alreadyAudited = audit.entries.some((e) => e.entity === 'objective' && e.entity_id === o.id);
    if (!alreadyAudited) {
      await overwriteKeyed(trx, 'objectives', id, { updated_at: audit.at });
      audit.counts.updated++;
    }
    audit.entries.push({
      workspace_id: wsId,
      actor: audit.actor,
      at: audit.at,
      entity: 'objective',
      entity_id: o.id,
      action: 'update',
      before: { [list.field]: before },
      after: { [list.field]: wanted },
    });
  }
}
