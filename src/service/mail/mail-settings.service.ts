import type { Store } from '../../store/database.js';
import {
  deleteMailSettings,
  findMailSettings,
  saveMailSettingsRow,
} from '../../store/mail-settings.repository.js';
import type { ChangeContext } from '../change-context.js';
import { secretsFor } from '../secrets/server-secrets.js';
import { resolveWorkspace } from '../workspace-ref.js';
import { inWorkspaceWrite } from '../write/unit-of-work.js';
import { checkMailConfig, describeSmtpUrl } from './mail-config.js';

/** What an admin sees of the mail settings: never the password. */
export interface MailSettingsView {
  readonly source: 'workspace' | 'environment' | 'none';
  /** The SMTP URL with its password masked. */
  readonly smtpUrl: string | null;
  readonly from: string | null;
  readonly passwordSet: boolean;
}

export interface MailSettingsInput {
  readonly smtpUrl: string;
  readonly from: string;
}

/** Sets the workspace's own SMTP server; the URL (with its password) is stored sealed. */
export async function saveMailSettings(
  store: Store,
  workspace: string,
  input: MailSettingsInput,
  change: ChangeContext,
): Promise<MailSettingsView> {
  checkMailConfig(input.smtpUrl, input.from);
  const sealed = secretsFor(store).seal(input.smtpUrl);
  await inWorkspaceWrite(store, workspace, change, async (uow) => {
    await saveMailSettingsRow(uow.trx, {
      workspace_id: uow.workspace.id,
      smtp_url_sealed: sealed,
      mail_from: input.from.trim(),
      updated_at: uow.at,
      updated_by: change.actor,
    });
    // The audit names the server, never the password.
    await uow.audit({
      entity: 'mail_settings',
      entityId: uow.workspace.slug,
      action: 'update',
      after: { smtpUrl: describeSmtpUrl(input.smtpUrl), from: input.from.trim() },
    });
  });
  return viewOf('workspace', input.smtpUrl, input.from.trim());
}

/** Removes the workspace's SMTP server: mail goes through the server's again. */
export async function clearMailSettings(
  store: Store,
  workspace: string,
  change: ChangeContext,
): Promise<void> {
  await inWorkspaceWrite(store, workspace, change, async (uow) => {
    await deleteMailSettings(uow.trx, uow.workspace.id);
    await uow.audit({ entity: 'mail_settings', entityId: uow.workspace.slug, action: 'delete' });
  });
}

export async function readMailSettings(
  store: Store,
  workspace: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<MailSettingsView> {
  const ws = await resolveWorkspace(store.db, workspace);
  const row = await findMailSettings(store.db, ws.id);
  if (row) return viewOf('workspace', secretsFor(store, env).open(row.smtp_url_sealed), row.mail_from);
  if (env.RATCHET_SMTP_URL) return viewOf('environment', env.RATCHET_SMTP_URL, env.RATCHET_MAIL_FROM ?? null);
  return { source: 'none', smtpUrl: null, from: null, passwordSet: false };
}

function viewOf(source: 'workspace' | 'environment', smtpUrl: string, from: string | null): MailSettingsView {
  let passwordSet = false;
  try {
    passwordSet = new URL(smtpUrl).password !== '';
  } catch {
    // An unreadable URL has no password to report.
  }
  return { source, smtpUrl: describeSmtpUrl(smtpUrl), from, passwordSet };
}
