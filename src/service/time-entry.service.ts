import { startOfDate } from '../core/time.js';
import { childRows } from '../store/child.repository.js';
import type { Store } from '../store/database.js';
import { fromDbBoolean, toDbBoolean } from '../store/dialect.js';
import { keyedRows } from '../store/keyed.repository.js';
import type { ChangeContext } from './change-context.js';
import type { ChildMeta, ChildReader } from './child-reads.js';
import { type ChildWrites, childRecords } from './child-records.js';
import type { ValidationIssue } from './errors.js';
import { activeRef } from './kpi-ref.js';
import { optional } from './mappers.js';
import type { Versioned } from './records.js';
import { resolveWorkspace } from './workspace-ref.js';

/** Hours a person logged on an initiative on a day (not part of the workspace file). */
export interface TimeEntryInput {
  readonly person: string;
  readonly date: string;
  readonly hours: number;
  readonly billable?: boolean;
  readonly note?: string;
}

export interface TimeEntryRecord extends Required<Omit<TimeEntryInput, 'note'>>, Versioned {
  readonly id: number;
  readonly initiative: string;
  readonly note?: string;
}

/** A day holds 24 hours; more in one entry is a typo, not overtime. */
const MAX_HOURS = 24;

type PlacedEntry = TimeEntryInput & { readonly initiative: string };

const TIME_ENTRY_READS: ChildReader<'time_entries', Omit<TimeEntryRecord, keyof ChildMeta>> = {
  table: 'time_entries',
  noun: 'time entry',
  names: ['initiatives', 'people'],
  present: (row, keyOf) => ({
    initiative: keyOf('initiatives', row.initiative_id) ?? '',
    person: keyOf('people', row.person_id) ?? '',
    date: row.date,
    hours: row.hours,
    billable: fromDbBoolean(row.billable) ?? false,
    ...optional('note', row.note),
  }),
};

const TIME_ENTRY_WRITES: ChildWrites<PlacedEntry, TimeEntryRecord> = {
  entity: 'time_entry',
  touches: (t) => ({ entity: 'initiative', id: t.initiative }),
  writable: ({ id: _id, version: _v, archivedAt: _a, ...current }) => current,
  issues: timeEntryIssues,
  columns: async (trx, ws, t) => ({
    person_id: (await activeRef(trx, 'people', ws.id, t.person)).id,
    date: t.date,
    hours: t.hours,
    billable: toDbBoolean(t.billable ?? false),
    note: t.note ?? null,
  }),
  placed: async (trx, ws, t) => ({
    initiative_id: (await activeRef(trx, 'initiatives', ws.id, t.initiative)).id,
  }),
};

const timeEntries = childRecords(TIME_ENTRY_READS, 'initiative', TIME_ENTRY_WRITES);

/** Logs hours a person spent on an initiative. */
export function logTime(
  store: Store,
  workspace: string | undefined,
  initiative: string,
  input: TimeEntryInput,
  change: ChangeContext,
): Promise<TimeEntryRecord> {
  return timeEntries.create(store, workspace, { ...input, initiative }, change);
}

/** Changes an entry's date, hours, billable flag, note or person when the caller read its version. */
export const updateTimeEntry = timeEntries.update;
/** Removes an entry from the totals (archived, kept for the history). */
export const deleteTimeEntry = timeEntries.archive;
/** The workspace's live time entries in the order logged, optionally of one initiative. */
export const listTimeEntries = timeEntries.list;
export const getTimeEntry = timeEntries.get;

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
