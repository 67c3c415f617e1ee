import { formatAlertRepeat, parseAlertRepeat } from '../core/alert/alert-for.js';
import { clockSeconds } from '../core/notify/quiet-hours.js';
import { type CycleLength, DEFAULT_CYCLE_LENGTH, isCycleLength } from '../core/okr/cycle-length.js';
import type { Store } from '../store/database.js';
import { findWorkspace, updateWorkspaceVersioned } from '../store/workspace.repository.js';
import type { WorkspaceRow } from '../store/workspace.table.js';
import type { ChangeContext } from './change-context.js';
import { ConflictError, staleVersion, ValidationError, type ValidationIssue } from './errors.js';
import { resolveWorkspace } from './workspace-ref.js';
import { inWorkspaceWrite } from './write/unit-of-work.js';

/** What an owner or admin sets for the whole workspace (issue 9, "Edit everything in place"). */
export interface WorkspaceSettings {
  readonly name: string;
  readonly locale: string | null;
  readonly currency: string | null;
  /** ISO weekday the week starts on: 1 = Monday … 7 = Sunday. */
  readonly weekStart: number;
  readonly cycleLength: CycleLength;
  /** How often a still-firing alert is told again ("4h"), unless a KPI sets its own; null: never. */
  readonly alertRepeat: string | null;
  /** Local `HH:MM` the weekly digest goes out at, in each person's time zone. */
  readonly digestTime: string;
  /** Local `HH:MM` the weekly reminders (check-ins, stale KPIs, ratchets) go out at. */
  readonly reminderTime: string;
  /** ISO weekday the digest and reminders go out on; null: the week start. */
  readonly noticeDay: number | null;
  readonly version: number;
}

/** When the digest and reminders go out unless an admin says otherwise (docs/notifications.md). */
export const DEFAULT_DIGEST_TIME = '08:00';
export const DEFAULT_REMINDER_TIME = '09:00';

export type WorkspaceSettingsPatch = Partial<Omit<WorkspaceSettings, 'version'>>;

export function settingsOf(row: WorkspaceRow): WorkspaceSettings {
  const stored = preferences(row);
  return {
    name: row.name,
    locale: row.locale,
    currency: row.currency,
    weekStart: row.week_start,
    cycleLength: isCycleLength(stored.cycleLength) ? stored.cycleLength : DEFAULT_CYCLE_LENGTH,
    alertRepeat: typeof stored.alertRepeat === 'string' ? stored.alertRepeat : null,
    digestTime: isClock(stored.digestTime) ? stored.digestTime : DEFAULT_DIGEST_TIME,
    reminderTime: isClock(stored.reminderTime) ? stored.reminderTime : DEFAULT_REMINDER_TIME,
    noticeDay: isWeekday(stored.noticeDay) ? stored.noticeDay : null,
    version: row.version,
  };
}

/** The workspace's default repeat interval in ms, or undefined for none. */
export function workspaceAlertRepeatMs(row: WorkspaceRow): number | undefined {
  const text = settingsOf(row).alertRepeat;
  const reading = text === null ? undefined : parseAlertRepeat(text);
  return reading && 'value' in reading ? reading.value : undefined;
}

/** The settings JSON with these preferences changed (undefined leaves one as it is, null removes it). */
export function withPreferences(row: WorkspaceRow, changes: Record<string, unknown>): string {
  const next: Record<string, unknown> = { ...preferences(row) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return JSON.stringify(next);
}

export async function readWorkspaceSettings(store: Store, workspace: string): Promise<WorkspaceSettings> {
  return settingsOf(await resolveWorkspace(store.db, workspace));
}

/**
 * Changes the workspace's name, locale, currency, week start or cycle length. The slug
 * stays, so links keep working after a rename.
 */
export async function updateWorkspaceSettings(
  store: Store,
  workspace: string,
  patch: WorkspaceSettingsPatch,
  expectedVersion: number | undefined,
  change: ChangeContext,
): Promise<WorkspaceSettings> {
  const issues = settingsIssues(patch);
  if (issues.length > 0) throw new ValidationError('The workspace settings are not valid:', issues);
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: row, at } = uow;
    const version = expectedVersion ?? row.version;
    if (version !== row.version) throw staleVersion('Workspace', row.slug, version, row.version);
    const name = patch.name?.trim();
    if (name !== undefined && name !== row.name) {
      const taken = await findWorkspace(trx, name);
      if (taken && taken.id !== row.id && taken.name === name)
        throw new ConflictError(`A workspace is already called "${name}"; choose another name.`);
    }
    const alertRepeat =
      patch.alertRepeat === undefined || patch.alertRepeat === null
        ? patch.alertRepeat
        : canonicalRepeat(patch.alertRepeat);
    const before = settingsOf(row);
    const ok = await updateWorkspaceVersioned(trx, row.id, version, {
      ...(name !== undefined && { name }),
      ...(patch.locale !== undefined && { locale: patch.locale }),
      ...(patch.currency !== undefined && { currency: patch.currency }),
      ...(patch.weekStart !== undefined && { week_start: patch.weekStart }),
      ...((patch.cycleLength !== undefined ||
        alertRepeat !== undefined ||
        patch.digestTime !== undefined ||
        patch.reminderTime !== undefined ||
        patch.noticeDay !== undefined) && {
        settings: withPreferences(row, {
          cycleLength: patch.cycleLength,
          alertRepeat,
          digestTime: patch.digestTime,
          reminderTime: patch.reminderTime,
          noticeDay: patch.noticeDay,
        }),
      }),
      updated_at: at,
    });
    if (!ok) throw staleVersion('Workspace', row.slug, version, version + 1);
    const after: WorkspaceSettings = {
      ...before,
      ...patch,
      ...(name !== undefined && { name }),
      ...(alertRepeat !== undefined && { alertRepeat }),
      version: version + 1,
    };
    await uow.audit({ entity: 'workspace', entityId: row.slug, action: 'update', before, after });
    uow.touched('workspace', row.slug);
    return after;
  });
}

function canonicalRepeat(text: string): string {
  const reading = parseAlertRepeat(text);
  return 'value' in reading ? formatAlertRepeat(reading.value) : text;
}

function preferences(row: WorkspaceRow): Record<string, unknown> {
  const raw = typeof row.settings === 'string' ? safeParse(row.settings) : row.settings;
  return raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

function settingsIssues(patch: WorkspaceSettingsPatch): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (patch.name !== undefined && (patch.name.trim() === '' || patch.name.trim().length > 120))
    issues.push({ path: 'name', message: 'name the workspace in 1 to 120 characters' });
  if (patch.locale !== undefined && patch.locale !== null && !isLocale(patch.locale))
    issues.push({
      path: 'locale',
      message: `"${patch.locale}" is not a locale; use a tag such as en-GB or de-DE`,
    });
  if (patch.currency !== undefined && patch.currency !== null && !/^[A-Z]{3}$/.test(patch.currency))
    issues.push({
      path: 'currency',
      message: `"${patch.currency}" is not a currency; use a code such as EUR or USD`,
    });
  if (
    patch.weekStart !== undefined &&
    !(Number.isInteger(patch.weekStart) && patch.weekStart >= 1 && patch.weekStart <= 7)
  )
    issues.push({ path: 'weekStart', message: 'use 1 (Monday) to 7 (Sunday)' });
  if (patch.alertRepeat !== undefined && patch.alertRepeat !== null) {
    const reading = parseAlertRepeat(patch.alertRepeat);
    if ('error' in reading) issues.push({ path: 'alertRepeat', message: reading.error });
  }
  for (const key of ['digestTime', 'reminderTime'] as const) {
    const time = patch[key];
    if (time !== undefined && !isClock(time))
      issues.push({
        path: key,
        message: `"${time}" is not a time of day; use HH:MM on a 24-hour clock, e.g. 08:00`,
      });
  }
  if (patch.noticeDay !== undefined && patch.noticeDay !== null && !isWeekday(patch.noticeDay))
    issues.push({ path: 'noticeDay', message: 'use 1 (Monday) to 7 (Sunday), or null for the week start' });
  return issues;
}

function isClock(value: unknown): value is string {
  return typeof value === 'string' && clockSeconds(value) !== undefined;
}

function isWeekday(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7;
}

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
