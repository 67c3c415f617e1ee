import type { Store } from '../../store/database.js';
import { findMailSettings } from '../../store/mail-settings.repository.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { secretsFor } from '../secrets/server-secrets.js';

/** Where mail goes: an SMTP URL (with its password) and the sender. Never sent to clients. */
export interface MailConfig {
  readonly smtpUrl: string;
  readonly from: string;
  readonly source: 'workspace' | 'environment';
}

/**
 * The workspace's own SMTP server when an admin set one, else the server's
 * (RATCHET_SMTP_URL and RATCHET_MAIL_FROM), else none.
 */
export async function mailConfigFor(
  store: Store,
  workspaceId: number | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<MailConfig | undefined> {
  if (workspaceId !== undefined) {
    const row = await findMailSettings(store.db, workspaceId);
    if (row) {
      return {
        smtpUrl: secretsFor(store, env).open(row.smtp_url_sealed),
        from: row.mail_from,
        source: 'workspace',
      };
    }
  }
  const smtpUrl = env.RATCHET_SMTP_URL?.trim();
  if (!smtpUrl) return undefined;
  const from = env.RATCHET_MAIL_FROM?.trim() || `Ratchet <ratchet@${smtpHost(smtpUrl) ?? 'localhost'}>`;
  return { smtpUrl, from, source: 'environment' };
}

/** Checks an SMTP URL and sender as an admin typed them; the issues name each field. */
export function checkMailConfig(smtpUrl: string, from: string): void {
  const issues: ValidationIssue[] = [];
  if (!smtpHost(smtpUrl)) {
    issues.push({
      path: 'smtpUrl',
      message:
        'expected smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465 (TLS); ' +
        'percent-encode special characters in the password.',
    });
  }
  if (!/^[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+$|<[^<>@\s]+@[^<>@\s]+>$/.test(from.trim())) {
    issues.push({
      path: 'from',
      message: 'expected an address, e.g. ratchet@example.com or "Ratchet <ratchet@example.com>".',
    });
  }
  if (issues.length > 0) throw new ValidationError('The mail settings are not valid.', issues);
}

/** The host of an smtp:// or smtps:// URL, or undefined when it is not one. */
export function smtpHost(smtpUrl: string): string | undefined {
  try {
    const url = new URL(smtpUrl);
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') return undefined;
    return url.hostname || undefined;
  } catch {
    return undefined;
  }
}

/** The URL without its password: safe to show and log. */
export function describeSmtpUrl(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(not a URL)';
  }
}
