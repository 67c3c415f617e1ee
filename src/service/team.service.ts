import type { Team } from '../core/model.js';
import type { Store } from '../store/database.js';
import { insertKeyed, keyedRows, nextPosition, updateVersioned } from '../store/keyed.repository.js';
import type { TeamRow } from '../store/team.table.js';
import { type ChangeContext, changeTime } from './change-context.js';
import { ValidationError, type ValidationIssue } from './errors.js';
import { audit, checkVersion, keyFor, keyIssue } from './keyed-writes.js';
import { staleVersion } from './kpi.service.js';
import { activeRef, optionalRefId } from './kpi-ref.js';
import { resolveWorkspace } from './workspace-ref.js';

export type TeamInput = Omit<Team, 'id'> & { readonly id?: string };
export type TeamPatch = Partial<Omit<TeamInput, 'id'>>;

/** Adds a team; teams form a tree (company → department → team). Returns its key. */
export async function createTeam(
  store: Store,
  workspace: string | undefined,
  input: TeamInput,
  change: ChangeContext,
): Promise<string> {
  const issues = [...keyIssue(input.id), ...nameIssues(input.name)];
  if (issues.length > 0) throw new ValidationError('The team is not valid:', issues);
  const at = changeTime(change);
  return store.db.transaction().execute(async (trx) => {
    const ws = await resolveWorkspace(trx, workspace);
    const key = await keyFor(trx, 'teams', ws.id, input.id, input.name, 'team');
    await insertKeyed(trx, 'teams', {
      workspace_id: ws.id,
      key,
      name: input.name.trim(),
      parent_id: await optionalRefId(trx, 'teams', ws.id, input.parent),
      position: await nextPosition(trx, 'teams', ws.id),
      created_at: at,
      updated_at: at,
    });
    await audit(trx, ws.id, change, at, [
      { entity: 'team', entityId: key, action: 'create', after: { ...input, id: key } },
    ]);
    return key;
  });
}

export async function updateTeam(
  store: Store,
  workspace: string | undefined,
  key: string,
  patch: TeamPatch,
  expectedVersion: number | undefined,
  change: ChangeContext,
): Promise<void> {
  const at = changeTime(change);
  await store.db.transaction().execute(async (trx) => {
    const ws = await resolveWorkspace(trx, workspace);
    const ref = await activeRef(trx, 'teams', ws.id, key);
    const version = checkVersion('Team', ref, expectedVersion);
    const teams = await keyedRows(trx, 'teams', ws.id, { includeArchived: true });
    const row = teams.find((t) => t.id === ref.id);
    const parentKey = teams.find((t) => t.id === row?.parent_id)?.key;
    const before: TeamInput = {
      name: row?.name ?? '',
      ...(parentKey !== undefined && { parent: parentKey }),
    };
    const next: TeamInput = { ...before, ...patch };
    const issues = nameIssues(next.name);
    if (next.parent !== undefined && isInside(teams, next.parent, key)) {
      issues.push({
        path: 'parent',
        message: `"${next.parent}" is "${key}" or sits under it; teams form a tree`,
      });
    }
    if (issues.length > 0) throw new ValidationError(`The change to team "${key}" is not valid:`, issues);
    const values = {
      name: next.name.trim(),
      parent_id: await optionalRefId(trx, 'teams', ws.id, next.parent),
      updated_at: at,
    };
    if (!(await updateVersioned(trx, 'teams', ref.id, version, values))) {
      throw staleVersion('Team', key, version, version + 1);
    }
    await audit(trx, ws.id, change, at, [
      { entity: 'team', entityId: key, action: 'update', before, after: next },
    ]);
  });
}

/** Whether `candidate` is `key` or a team below it. */
function isInside(teams: readonly TeamRow[], candidate: string, key: string): boolean {
  const byId = new Map(teams.map((t) => [t.id, t]));
  let current = teams.find((t) => t.key === candidate);
  for (let hops = 0; current && hops <= teams.length; hops++) {
    if (current.key === key) return true;
    current = current.parent_id === null ? undefined : byId.get(current.parent_id);
  }
  return false;
}

function nameIssues(name: string): ValidationIssue[] {
  return typeof name === 'string' && name.trim() !== ''
    ? []
    : [{ path: 'name', message: 'give the team a name' }];
}
