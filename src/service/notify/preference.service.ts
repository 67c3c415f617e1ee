import { type EmailMode, emailMode } from '../../core/notify/email-mode.js';
import { clockSeconds, isTimeZone } from '../../core/notify/quiet-hours.js';
import type { Store } from '../../store/database.js';
import type { NotifyPreferenceRow } from '../../store/notify.table.js';
import { preferenceRow, savePreferenceRow } from '../../store/notify-preference.repository.js';
import type { ChangeContext } from '../change-context.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { activeRef } from '../kpi-ref.js';
import { resolveWorkspace } from '../workspace-ref.js';
import { inWorkspaceWrite } from '../write/unit-of-work.js';

/**
 * How one person hears from Ratchet: alert emails at once, in the weekly digest, or not
 * at all; whether they get the digest and check-in reminders; quiet hours in their time zone.
 */
export interface NotifyPreferences {
  readonly email: EmailMode;
  readonly digest: boolean;
  readonly reminders: boolean;
  readonly timeZone: string | null;
  readonly quietHours: { readonly start: string; readonly end: string } | null;
}

export const DEFAULT_PREFERENCES: NotifyPreferences = {
  email: 'instant',
  digest: true,
  reminders: true,
  timeZone: null,
  quietHours: null,
};

/** The stored row as preferences; no row is the defaults. */
export function preferencesOfRow(row: NotifyPreferenceRow | undefined): NotifyPreferences {
  if (!row) return DEFAULT_PREFERENCES;
  return {
    email: emailMode(row.email_alerts),
    digest: row.weekly_digest !== 'off',
    reminders: row.reminders !== 'off',
    timeZone: row.time_zone,
    quietHours: row.quiet_start && row.quiet_end ? { start: row.quiet_start, end: row.quiet_end } : null,
  };
}

export async function preferencesOf(
  store: Store,
  workspace: string,
  person: string,
): Promise<NotifyPreferences> {
  const ws = await resolveWorkspace(store.db, workspace);
  const ref = await activeRef(store.db, 'people', ws.id, person);
  const row = await preferenceRow(store.db, ref.id);
  return preferencesOfRow(row);
}

/**
 * Saves them. Quiet hours hold email until the window ends in the person's time zone
 * (UTC when none is given); the alert itself is never held.
 */
export async function savePreferences(
  store: Store,
  workspace: string,
  person: string,
  input: NotifyPreferences,
  change: ChangeContext,
): Promise<NotifyPreferences> {
  const issues: ValidationIssue[] = [];
  if (input.timeZone !== null && !isTimeZone(input.timeZone))
    issues.push({
      path: 'timeZone',
      message: `"${input.timeZone}" is not a time zone; use an IANA name like Europe/Berlin`,
    });
  for (const part of ['start', 'end'] as const) {
    const value = input.quietHours?.[part];
    if (value !== undefined && clockSeconds(value) === undefined)
      issues.push({
        path: `quietHours.${part}`,
        message: `"${value}" is not a time; write it as HH:MM, e.g. 22:00`,
      });
  }
  if (issues.length > 0) throw new ValidationError('These notification settings cannot be saved:', issues);
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const ref = await activeRef(uow.trx, 'people', uow.workspace.id, person);
    const row = {
      person_id: ref.id,
      workspace_id: uow.workspace.id,
      email_alerts: input.email,
      weekly_digest: input.digest ? 'on' : 'off',
      reminders: input.reminders ? 'on' : 'off',
      time_zone: input.timeZone,
      quiet_start: input.quietHours?.start ?? null,
      quiet_end: input.quietHours?.end ?? null,
    };
    await savePreferenceRow(uow.trx, row);
    await uow.audit({ entity: 'person', entityId: person, action: 'notification_settings', after: input });
    return input;
  });
}
