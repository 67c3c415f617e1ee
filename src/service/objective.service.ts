import type { Kysely } from 'kysely';
import type { Objective, ObjectiveType } from '../core/model.js';
import { repeatedGuardrailMessage, repeatedGuardrails } from '../core/okr/guardrails.js';
import { loopThrough, type ParentLinks, type ParentLoop } from '../core/parent-graph.js';
import type { Store } from '../store/database.js';
import { deleteById, findKeyedRef, insertKeyed, keyedRows, nextPosition } from '../store/keyed.repository.js';
import type { NewObjectiveRow, ObjectiveRow } from '../store/objective.table.js';
import { guardrailRows, replaceGuardrails } from '../store/objective-guardrail.repository.js';
import { parentRows, replaceParents } from '../store/objective-parent.repository.js';
import type { Database } from '../store/tables.js';
import type { ChangeContext } from './change-context.js';
import { ConflictError, NotFoundError, ValidationError, type ValidationIssue } from './errors.js';
import { insertKeyResults, KEY_RESULTS, type KeyResultInput, keyResultIssues } from './key-result.service.js';
import { checkVersion, keyFor, keyIssue } from './keyed-writes.js';
import { activeRef, optionalRefId } from './kpi-ref.js';
import { archiveKeyed, updateKeyed } from './write/keyed-update.js';
import { inWorkspaceWrite } from './write/unit-of-work.js';

const OBJECTIVE_TYPES: readonly ObjectiveType[] = ['aspirational', 'committed'];

/** An objective as callers write it; `type` defaults to aspirational, the id to one from the title. */
export type ObjectiveInput = Omit<Objective, 'id' | 'type' | 'keyResults'> & {
  readonly id?: string;
  readonly type?: Objective['type'];
  readonly keyResults?: readonly KeyResultInput[];
};

export type ObjectivePatch = Partial<Omit<ObjectiveInput, 'id' | 'keyResults'>>;

/** Creates the objective and its key results in one transaction; returns their keys. */
export async function createObjective(
  store: Store,
  workspace: string | undefined,
  input: ObjectiveInput,
  change: ChangeContext,
): Promise<{ readonly objective: string; readonly keyResults: readonly string[] }> {
  const issues = [
    ...keyIssue(input.id),
    ...objectiveIssues(input),
    ...(input.keyResults ?? []).flatMap((kr, i) => [
      ...keyIssue(kr.id, `keyResults.${i}.id`),
      ...keyResultIssues(kr, `keyResults.${i}.`),
    ]),
  ];
  if (issues.length > 0) throw new ValidationError('The objective is not valid:', issues);
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws, at } = uow;
    const key = await keyFor(trx, 'objectives', ws.id, input.id, input.title, 'objective');
    const id = await insertKeyed(trx, 'objectives', {
      ...(await objectiveColumns(trx, ws.id, input)),
      workspace_id: ws.id,
      key,
      position: await nextPosition(trx, 'objectives', ws.id),
      created_at: at,
      updated_at: at,
    });
    const { keyResults: _krs, ...fields } = input;
    await replaceGuardrails(trx, id, await guardrailIds(trx, ws.id, input.guardrails ?? []));
    await replaceParents(trx, id, await parentIds(trx, ws.id, input.parents ?? []));
    await uow.audit({ entity: 'objective', entityId: key, action: 'create', after: { ...fields, id: key } });
    const keyResults = await insertKeyResults(uow, id, key, input.keyResults ?? []);
    uow.touched('objective', key);
    uow.emit('objective.created', { objective: { ...fields, id: key, keyResults } });
    return { objective: key, keyResults };
  });
}

/** Edits an objective; it may not align under itself. Returns the stored version. */
export async function updateObjective(
  store: Store,
  workspace: string | undefined,
  key: string,
  patch: ObjectivePatch,
  expectedVersion: number | undefined,
  change: ChangeContext,
): Promise<number> {
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws } = uow;
    let links: ParentLinks[] = [];
    let titles = new Map<string, string>();
    const { id, version } = await updateKeyed<ObjectiveInput>(uow, {
      table: 'objectives',
      entity: 'objective',
      noun: 'objective',
      key,
      expectedVersion,
      async before(ref) {
        const rows = await keyedRows(trx, 'objectives', ws.id, { includeArchived: true });
        const row = rows.find((r) => r.id === ref.id);
        if (!row) throw new NotFoundError('objective', key);
        links = await alignmentLinks(trx, ws.id, rows);
        titles = new Map(rows.map((r) => [r.key, r.title]));
        return inputOf(trx, ws.id, row, links);
      },
      merge: (before) => ({ ...before, ...patch }),
      issues(next) {
        const issues = objectiveIssues(next);
        const loop = loopThrough(links, key, next.parents ?? []);
        if (loop !== undefined)
          issues.push({ path: `parents.${loop.index}`, message: alignmentLoopMessage(loop, titles) });
        return issues;
      },
      columns: (next) => objectiveColumns(trx, ws.id, next),
    });
    if (patch.guardrails !== undefined) {
      await replaceGuardrails(trx, id, await guardrailIds(trx, ws.id, patch.guardrails));
    }
    if (patch.parents !== undefined) {
      await replaceParents(trx, id, await parentIds(trx, ws.id, patch.parents));
    }
    return version;
  });
}

/**
 * Archives the objective with its key results (they mean nothing without it), or with
 * `purge` deletes both and their check-ins for good. Decisions that named it keep their text.
 */
export async function removeObjective(
  store: Store,
  workspace: string | undefined,
  key: string,
  options: { readonly purge: boolean; readonly expectedVersion?: number },
  change: ChangeContext,
): Promise<void> {
  await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws } = uow;
    uow.touched('objective', key);
    const ref = options.purge
      ? await findKeyedRef(trx, 'objectives', ws.id, key)
      : await activeRef(trx, 'objectives', ws.id, key);
    if (!ref) throw new NotFoundError('objective', key);
    const supporting = new Set(
      (await parentRows(trx, ws.id)).filter((l) => l.parent_id === ref.id).map((l) => l.objective_id),
    );
    const objectives = await keyedRows(trx, 'objectives', ws.id, { includeArchived: true });
    const children = objectives.filter(
      (o) => o.archived_at === null && supporting.has(o.id) && o.id !== ref.id,
    );
    if (children.length > 0) {
      // Named by their titles: what people see in the app (issue 9, no record ids in text).
      const title = objectives.find((o) => o.id === ref.id)?.title ?? key;
      throw new ConflictError(
        `The objective “${title}” is supported by ${children.map((c) => `“${c.title}”`).join(', ')}; align ${children.length === 1 ? 'it' : 'them'} elsewhere first.`,
      );
    }
    const keyResults = (
      await keyedRows(trx, 'key_results', ws.id, { includeArchived: options.purge })
    ).filter((kr) => kr.objective_id === ref.id);
    if (options.purge) {
      await deleteById(trx, 'objectives', ref.id); // key results and check-ins cascade
      await uow.audit({
        entity: 'objective',
        entityId: key,
        action: 'purge',
        before: { keyResults: keyResults.map((kr) => kr.key) },
      });
      return;
    }
    const version = checkVersion('Objective', ref, options.expectedVersion);
    await archiveKeyed(uow, { table: 'objectives', entity: 'objective', noun: 'objective' }, ref, version);
    // Its key results go with it, whatever their versions: they mean nothing without it.
    for (const kr of keyResults) await archiveKeyed(uow, KEY_RESULTS, kr, kr.version);
  });
}

async function objectiveColumns(
  trx: Kysely<Database>,
  wsId: number,
  o: ObjectiveInput,
): Promise<Omit<NewObjectiveRow, 'workspace_id' | 'key' | 'position' | 'created_at' | 'updated_at'>> {
  return {
    title: o.title.trim(),
    owner_id: await optionalRefId(trx, 'people', wsId, o.owner),
    team_id: await optionalRefId(trx, 'teams', wsId, o.team),
    cycle_id: (await activeRef(trx, 'cycles', wsId, o.cycle)).id,
    type: o.type ?? 'aspirational',
  };
}

async function inputOf(
  trx: Kysely<Database>,
  wsId: number,
  row: ObjectiveRow,
  links: readonly ParentLinks[],
): Promise<ObjectiveInput> {
  const all = { includeArchived: true };
  const [people, teams, cycles, kpis, guardrails] = await Promise.all([
    keyedRows(trx, 'people', wsId, all),
    keyedRows(trx, 'teams', wsId, all),
    keyedRows(trx, 'cycles', wsId, all),
    keyedRows(trx, 'kpis', wsId, { includeArchived: false }),
    guardrailRows(trx, wsId),
  ]);
  const kpiKey = new Map(kpis.map((k) => [k.id, k.key]));
  const guarded = guardrails
    .filter((g) => g.objective_id === row.id)
    .flatMap((g) => kpiKey.get(g.kpi_id) ?? []);
  const owner = people.find((p) => p.id === row.owner_id)?.key;
  const team = teams.find((t) => t.id === row.team_id)?.key;
  const parents = links.find((l) => l.id === row.key)?.parents ?? [];
  return {
    title: row.title,
    ...(owner !== undefined && { owner }),
    ...(team !== undefined && { team }),
    cycle: cycles.find((c) => c.id === row.cycle_id)?.key ?? '',
    type: row.type === 'committed' ? 'committed' : 'aspirational',
    ...(parents.length > 0 && { parents }),
    ...(guarded.length > 0 && { guardrails: guarded }),
  };
}

/**
 * The row ids of the guardrail KPIs, in the order given. Every id must name a KPI that is
 * not archived: the problems are told together, each at its place in the list.
 */
async function guardrailIds(trx: Kysely<Database>, wsId: number, keys: readonly string[]): Promise<number[]> {
  if (keys.length === 0) return [];
  const kpis = new Map(
    (await keyedRows(trx, 'kpis', wsId, { includeArchived: true })).map((k) => [k.key, k]),
  );
  const issues: ValidationIssue[] = [];
  const ids = keys.flatMap((key, index) => {
    const kpi = kpis.get(key);
    if (kpi && kpi.archived_at === null) return [kpi.id];
    issues.push({
      path: `guardrails.${index}`,
      message: kpi
        ? `KPI "${key}" is archived; a guardrail must be a KPI still measured`
        : `no KPI "${key}" in this workspace; GET /kpis lists the KPIs a guardrail can name`,
    });
    return [];
  });
  if (issues.length > 0) throw new ValidationError('The guardrails name KPIs that cannot guard:', issues);
  return ids;
}

/** Every objective of the workspace (archived too) with the keys of the objectives it supports. */
async function alignmentLinks(
  trx: Kysely<Database>,
  wsId: number,
  objectives: readonly ObjectiveRow[],
): Promise<ParentLinks[]> {
  const keyOf = new Map(objectives.map((o) => [o.id, o.key]));
  const parents = new Map<number, string[]>();
  for (const link of await parentRows(trx, wsId)) {
    const key = keyOf.get(link.parent_id);
    if (key === undefined) continue;
    parents.set(link.objective_id, [...(parents.get(link.objective_id) ?? []), key]);
  }
  return objectives.map((o) => ({ id: o.key, parents: parents.get(o.id) ?? [] }));
}

/** The parent the edit names already sits under the edited objective (or is it). */
function alignmentLoopMessage(loop: ParentLoop, titles: ReadonlyMap<string, string>): string {
  const title = (key: string | undefined) => `“${(key !== undefined && titles.get(key)) || key}”`;
  return loop.chain.length <= 2
    ? 'an objective cannot support itself; choose another objective to support'
    : `${title(loop.chain[1])} already supports ${title(loop.id)}; alignment cannot loop`;
}

/**
 * The row ids of the objectives an objective supports, in the order given; each must be an
 * objective of this workspace that is not archived, and named once.
 */
async function parentIds(trx: Kysely<Database>, wsId: number, keys: readonly string[]): Promise<number[]> {
  if (keys.length === 0) return [];
  const objectives = new Map(
    (await keyedRows(trx, 'objectives', wsId, { includeArchived: true })).map((o) => [o.key, o]),
  );
  const issues: ValidationIssue[] = [];
  const ids = keys.flatMap((key, index) => {
    const objective = objectives.get(key);
    if (keys.indexOf(key) < index) {
      issues.push({ path: `parents.${index}`, message: `"${key}" is listed twice; name each parent once` });
      return [];
    }
    if (objective && objective.archived_at === null) return [objective.id];
    issues.push({
      path: `parents.${index}`,
      message: objective
        ? `objective "${key}" is archived; restore it or choose another objective to support`
        : `no objective "${key}" in this workspace; GET /objectives lists the objectives it can support`,
    });
    return [];
  });
  if (issues.length > 0) throw new ValidationError('The objectives to support are not all there:', issues);
  return ids;
}

function objectiveIssues(o: ObjectiveInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof o.title !== 'string' || o.title.trim() === '')
    issues.push({ path: 'title', message: 'say what the objective aims for, in words' });
  if (typeof o.cycle !== 'string' || o.cycle === '')
    issues.push({ path: 'cycle', message: 'name the cycle it belongs to' });
  if (o.type !== undefined && !OBJECTIVE_TYPES.includes(o.type))
    issues.push({ path: 'type', message: `use one of ${OBJECTIVE_TYPES.join(', ')}` });
  for (const r of repeatedGuardrails(o.guardrails ?? [])) {
    issues.push({ path: `guardrails.${r.index}`, message: repeatedGuardrailMessage(r.id, r.first) });
  }
  return issues;
}
