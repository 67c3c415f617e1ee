import type { Team } from '../core/model.js';
import { loopThrough, type ParentLinks, singleParent } from '../core/parent-graph.js';
import type { Store } from '../store/database.js';
import { insertKeyed, keyedRows, nextPosition } from '../store/keyed.repository.js';
import type { TeamRow } from '../store/team.table.js';
import type { ChangeContext } from './change-context.js';
import { ValidationError, type ValidationIssue } from './errors.js';
import { keyFor, keyIssue } from './keyed-writes.js';
import { optionalRefId } from './kpi-ref.js';
import { updateKeyed } from './write/keyed-update.js';
import { inWorkspaceWrite } from './write/unit-of-work.js';

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
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws, at } = uow;
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
    await uow.audit({ entity: 'team', entityId: key, action: 'create', after: { ...input, id: key } });
    uow.touched('team', key);
    return key;
  });
}

/** Renames or moves a team; returns the stored version. */
export async function updateTeam(
  store: Store,
  workspace: string | undefined,
  key: string,
  patch: TeamPatch,
  expectedVersion: number | undefined,
  change: ChangeContext,
): Promise<number> {
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws } = uow;
    let teams: TeamRow[] = [];
    const { version } = await updateKeyed<TeamInput>(uow, {
      table: 'teams',
      entity: 'team',
      noun: 'team',
      key,
      expectedVersion,
      async before(ref) {
        teams = await keyedRows(trx, 'teams', ws.id, { includeArchived: true });
        const row = teams.find((t) => t.id === ref.id);
        const parentKey = teams.find((t) => t.id === row?.parent_id)?.key;
        return { name: row?.name ?? '', ...(parentKey !== undefined && { parent: parentKey }) };
      },
      merge: (before) => ({ ...before, ...patch }),
      issues(next) {
        const issues = nameIssues(next.name);
        if (next.parent !== undefined && loopThrough(teamLinks(teams), key, [next.parent]) !== undefined) {
          issues.push({
            path: 'parent',
            message: `"${next.parent}" is "${key}" or sits under it; teams form a tree`,
          });
        }
        return issues;
      },
      columns: async (next) => ({
        name: next.name.trim(),
        parent_id: await optionalRefId(trx, 'teams', ws.id, next.parent),
      }),
    });
    return version;
  });
}

/** The team tree as the parent-graph rule reads it (core/parent-graph.ts). */
function teamLinks(teams: readonly TeamRow[]): ParentLinks[] {
  const keyOf = new Map(teams.map((t) => [t.id, t.key]));
  return teams.map((t) =>
    singleParent({ id: t.key, parent: t.parent_id === null ? undefined : keyOf.get(t.parent_id) }),
  );
}

function nameIssues(name: string): ValidationIssue[] {
  return typeof name === 'string' && name.trim() !== ''
    ? []
    : [{ path: 'name', message: 'give the team a name' }];
}
