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
  readonly version: number;
}

export type WorkspaceSettingsPatch = Partial<Omit<WorkspaceSettings, 'version'>>;

export function settingsOf(row: WorkspaceRow): WorkspaceSettings {
  const stored = preferences(row);
  return {
    name: row.name,
    locale: row.locale,
    currency: row.currency,
    weekStart: row.week_start,
    cycleLength: isCycleLength(stored.cycleLength) ? stored.cycleLength : DEFAULT_CYCLE_LENGTH,
    version: row.version,
  };
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
    const before = settingsOf(row);
    const ok = await updateWorkspaceVersioned(trx, row.id, version, {
      ...(name !== undefined && { name }),
      ...(patch.locale !== undefined && { locale: patch.locale }),
      ...(patch.currency !== undefined && { currency: patch.currency }),
      ...(patch.weekStart !== undefined && { week_start: patch.weekStart }),
      ...(patch.cycleLength !== undefined && {
        settings: JSON.stringify({ ...preferences(row), cycleLength: patch.cycleLength }),
      }),
      updated_at: at,
    });
    if (!ok) throw staleVersion('Workspace', row.slug, version, version + 1);
    const after: WorkspaceSettings = {
      ...before,
      ...patch,
      ...(name !== undefined && { name }),
      version: version + 1,
    };
    await uow.audit({ entity: 'workspace', entityId: row.slug, action: 'update', before, after });
    uow.touched('workspace', row.slug);
    return after;
  });
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
  return issues;
}

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
