import type { Selectable } from 'kysely';

/** A workspace's own SMTP server (migration 2026-11-30-020); the URL is sealed. */
export interface MailSettingsTable {
  workspace_id: number;
  smtp_url_sealed: string;
  mail_from: string;
  updated_at: number;
  updated_by: string | null;
}

export type MailSettingsRow = Selectable<MailSettingsTable>;
