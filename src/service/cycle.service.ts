import type { Kysely } from 'kysely';
import type { Cycle } from '../core/model.js';
import { cycleName } from '../core/okr/cycle-length.js';
import { quarterOf, startOfDate } from '../core/time.js';
import { cycleDates } from '../store/cycle.repository.js';
import type { Store } from '../store/database.js';
import { insertKeyed, nextPosition } from '../store/keyed.repository.js';
import type { Database } from '../store/tables.js';
import type { ChangeContext } from './change-context.js';
import { ConflictError, ValidationError, type ValidationIssue } from './errors.js';
import { keyFor, keyIssue } from './keyed-writes.js';
import { updateKeyed } from './write/keyed-update.js';
import { inWorkspaceWrite } from './write/unit-of-work.js';

export type CycleInput = Omit<Cycle, 'id'> & { readonly id?: string };

/** Adds a cycle (a quarter, a half, a year or custom dates); returns its key. */
export async function createCycle(
  store: Store,
  workspace: string | undefined,
  input: CycleInput,
  change: ChangeContext,
): Promise<string> {
  const issues = [...keyIssue(input.id), ...cycleIssues(input)];
  if (issues.length > 0) throw new ValidationError('The cycle is not valid:', issues);
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws, at } = uow;
    const key = await keyFor(trx, 'cycles', ws.id, input.id, cycleName(input.start, input.end), 'cycle');
    await insertKeyed(trx, 'cycles', {
      workspace_id: ws.id,
      key,
      start_date: input.start,
      end_date: input.end,
      position: await nextPosition(trx, 'cycles', ws.id),
      created_at: at,
      updated_at: at,
    });
    await uow.audit({
      entity: 'cycle',
      entityId: key,
      action: 'create',
      after: { id: key, start: input.start, end: input.end },
    });
    uow.touched('cycle', key);
    return key;
  });
}

/**
 * The cycle a new workspace starts with (issue 9, "Cycles from the start"): the calendar
 * quarter holding `now`, so a team can plan OKRs and draft one from a KPI at once.
 */
export async function insertCurrentCycle(
  trx: Kysely<Database>,
  workspaceId: number,
  now: number,
): Promise<void> {
  const { start, end } = quarterOf(now);
  await insertKeyed(trx, 'cycles', {
    workspace_id: workspaceId,
    key: cycleName(start, end),
    start_date: start,
    end_date: end,
    position: await nextPosition(trx, 'cycles', workspaceId),
    created_at: now,
    updated_at: now,
  });
}

function cycleIssues(c: CycleInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const start = startOfDate(c.start);
  const end = startOfDate(c.end);
  if (start === undefined) issues.push({ path: 'start', message: 'use a real date like 2026-07-01' });
  if (end === undefined) issues.push({ path: 'end', message: 'use a real date like 2026-09-30' });
  if (start !== undefined && end !== undefined && end < start)
    issues.push({ path: 'end', message: `the cycle ends (${c.end}) before it starts (${c.start})` });
  return issues;
}

/**
 * Moves a cycle's dates. A closed cycle keeps its dates: its grades were given as of its
 * last day. Returns the stored version.
 */
export async function updateCycle(
  store: Store,
  workspace: string | undefined,
  key: string,
  patch: Partial<Pick<Cycle, 'start' | 'end'>>,
  expectedVersion: number | undefined,
  change: ChangeContext,
): Promise<number> {
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx } = uow;
    const { version } = await updateKeyed<CycleInput>(uow, {
      table: 'cycles',
      entity: 'cycle',
      noun: 'cycle',
      key,
      expectedVersion,
      async before(ref) {
        const stored = await cycleDates(trx, ref.id);
        if (stored.closed) {
          throw new ConflictError(
            `Cycle "${key}" is closed and graded as of its last day, so its dates stay; plan a new cycle instead.`,
          );
        }
        return { id: key, start: stored.start, end: stored.end };
      },
      merge: (before) => ({ ...before, ...patch }),
      issues: (next) => cycleIssues(next),
      columns: async (next) => ({ start_date: next.start, end_date: next.end }),
      audited: (next) => ({ id: key, start: next.start, end: next.end }),
    });
    return version;
  });
}
