import { startOfDate } from '../core/time.js';
import { childRows, insertChildren, nextChildPosition } from '../store/child.repository.js';
import type { Store } from '../store/database.js';
import { toDbBoolean } from '../store/dialect.js';
import { keyedRows } from '../store/keyed.repository.js';
import type { ChangeContext } from './change-context.js';
import { ValidationError, type ValidationIssue } from './errors.js';
import { activeRef } from './kpi-ref.js';
import { resolveWorkspace } from './workspace-ref.js';
import { inWorkspaceWrite } from './write/unit-of-work.js';

/** Hours a person logged on an initiative on a day (not part of the workspace file). */
export interface TimeEntryInput {
  readonly person: string;
  readonly date: string;
  readonly hours: number;
  readonly billable?: boolean;
  readonly note?: string;
}

export interface TimeEntryRecord extends Required<Omit<TimeEntryInput, 'note'>> {
  readonly id: number;
  readonly initiative: string;
  readonly note?: string;
}

/** A day holds 24 hours; more in one entry is a typo, not overtime. */
const MAX_HOURS = 24;

export async function logTime(
  store: Store,
  workspace: string | undefined,
  initiative: string,
  input: TimeEntryInput,
  change: ChangeContext,
): Promise<TimeEntryRecord> {
  const issues = timeEntryIssues(input);
  if (issues.length > 0) throw new ValidationError('The time entry is not valid:', issues);
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws, at } = uow;
    const initiativeRef = await activeRef(trx, 'initiatives', ws.id, initiative);
    const person = await activeRef(trx, 'people', ws.id, input.person);
    const [id] = await insertChildren(trx, 'time_entries', [
      {
        workspace_id: ws.id,
        initiative_id: initiativeRef.id,
        person_id: person.id,
        position: await nextChildPosition(trx, 'time_entries', ws.id),
        date: input.date,
        hours: input.hours,
        billable: toDbBoolean(input.billable ?? false),
        note: input.note ?? null,
        created_at: at,
        updated_at: at,
      },
    ]);
    if (id === undefined) throw new Error('the time entry insert returned no id');
    const record = { id, initiative, ...input, billable: input.billable ?? false };
    await uow.audit({ entity: 'time_entry', entityId: String(id), action: 'create', after: record });
    uow.touched('initiative', initiative);
    return record;
  });
}

/** Hours logged per initiative key, for lists that show "12.5 h logged". */
export async function hoursByInitiative(
  store: Store,
  workspace: string | undefined,
): Promise<Map<string, number>> {
  const ws = await resolveWorkspace(store.db, workspace);
  const [entries, initiatives] = await Promise.all([
    childRows(store.db, 'time_entries', ws.id, { includeArchived: false }),
    keyedRows(store.db, 'initiatives', ws.id, { includeArchived: true }),
  ]);
  const keyOf = new Map(initiatives.map((i) => [i.id, i.key]));
  const hours = new Map<string, number>();
  for (const e of entries) {
    const key = keyOf.get(e.initiative_id);
    if (key !== undefined) hours.set(key, (hours.get(key) ?? 0) + e.hours);
  }
  return hours;
}

function timeEntryIssues(t: TimeEntryInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (startOfDate(t.date) === undefined)
    issues.push({ path: 'date', message: 'use a real date like 2026-11-23' });
  if (!Number.isFinite(t.hours) || t.hours <= 0 || t.hours > MAX_HOURS)
    issues.push({ path: 'hours', message: `log more than 0 and at most ${MAX_HOURS} hours` });
  return issues;
}
