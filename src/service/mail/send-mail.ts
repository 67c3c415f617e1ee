import type { Store } from '../../store/database.js';
import { describeSmtpUrl, type MailConfig, mailConfigFor } from './mail-config.js';
import { MailDeliveryError, MailNotConfiguredError } from './mail-errors.js';

/** One email: always both HTML and plain text, so every mail client shows it well. */
export interface MailMessage {
  readonly to: string | readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly replyTo?: string;
}

export interface SentMail {
  readonly messageId: string;
  /** The SMTP server's answer, for the delivery log. */
  readonly response: string;
}

export interface SendMailOptions {
  /** The workspace whose SMTP settings apply (else the server's). */
  readonly workspaceId?: number;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Sends one email through the workspace's SMTP server or the server's. Throws
 * MailNotConfiguredError when neither is set and MailDeliveryError when the server does
 * not take it (with whether a retry may help); callers that send on behalf of a write
 * record the failure and retry later, never failing the write.
 */
export async function sendMail(
  store: Store,
  message: MailMessage,
  options: SendMailOptions = {},
): Promise<SentMail> {
  const config = await mailConfigFor(store, options.workspaceId, options.env);
  if (!config) throw new MailNotConfiguredError();
  return sendWith(config, message);
}

export async function sendWith(config: MailConfig, message: MailMessage): Promise<SentMail> {
  // Loaded with the first mail: a server that sends none never loads nodemailer.
  const { default: nodemailer } = await import('nodemailer');
  // A slow or silent server must not hold a job for nodemailer's default two minutes.
  const transport = nodemailer.createTransport(
    `${config.smtpUrl}${config.smtpUrl.includes('?') ? '&' : '?'}connectionTimeout=10000&greetingTimeout=10000&socketTimeout=30000`,
  );
  try {
    const info = await transport.sendMail({
      from: config.from,
      to: typeof message.to === 'string' ? message.to : [...message.to],
      subject: message.subject,
      text: message.text,
      html: message.html,
      ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    });
    return { messageId: info.messageId, response: info.response };
  } catch (error) {
    throw deliveryError(error, config);
  } finally {
    transport.close();
  }
}

function deliveryError(error: unknown, config: MailConfig): MailDeliveryError {
  const detail = error as { code?: string; response?: string; message?: string };
  const where = describeSmtpUrl(config.smtpUrl);
  const setting = config.source === 'workspace' ? 'the workspace mail settings' : 'RATCHET_SMTP_URL';
  const said = detail.response ?? detail.message ?? String(error);
  switch (detail.code) {
    case 'EAUTH':
      return new MailDeliveryError(
        `The SMTP server ${where} refused the login (${said}). Check the user name and password in ${setting}.`,
        true,
        detail.response,
      );
    case 'EENVELOPE':
      return new MailDeliveryError(
        `The SMTP server ${where} refused the sender or a recipient (${said}).`,
        false,
        detail.response,
      );
    case 'EMESSAGE':
      return new MailDeliveryError(
        `The SMTP server ${where} refused the message (${said}).`,
        false,
        detail.response,
      );
    default:
      return new MailDeliveryError(
        `Cannot send mail through ${where}: ${said}. Check the host and port in ${setting}; Ratchet will try again.`,
        true,
        detail.response,
      );
  }
}
