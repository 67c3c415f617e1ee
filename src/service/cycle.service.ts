import type { Kysely } from 'kysely';
import type { Cycle } from '../core/model.js';
import { quarterOf, startOfDate } from '../core/time.js';
import type { Store } from '../store/database.js';
import { insertKeyed, nextPosition } from '../store/keyed.repository.js';
import type { Database } from '../store/tables.js';
import type { ChangeContext } from './change-context.js';
import { ValidationError, type ValidationIssue } from './errors.js';
import { keyFor, keyIssue } from './keyed-writes.js';
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

/**
 * The name a cycle goes by when the caller gives none: `2026-q3` for a calendar quarter,
 * `2026-h1` for a half, `2026` for a year, else `2026-03-01-to-2026-05-15`.
 */
export function cycleName(start: string, end: string): string {
  const [y, m, d] = start.split('-').map(Number);
  if (y === undefined || m === undefined || d !== 1) return `${start}-to-${end}`;
  const lastDay = (months: number) => new Date(Date.UTC(y, m - 1 + months, 0)).toISOString().slice(0, 10);
  if (m === 1 && end === lastDay(12)) return String(y);
  if ((m === 1 || m === 7) && end === lastDay(6)) return `${y}-h${m === 1 ? 1 : 2}`;
  if ((m - 1) % 3 === 0 && end === lastDay(3)) return `${y}-q${(m - 1) / 3 + 1}`;
  return `${start}-to-${end}`;
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
