/** No SMTP server is configured, neither for the workspace nor for the server. */
export class MailNotConfiguredError extends Error {
  constructor() {
    super(
      'Email is not set up: set RATCHET_SMTP_URL (e.g. smtp://user:password@mail.example.com:587) and ' +
        'RATCHET_MAIL_FROM (e.g. "Ratchet <ratchet@example.com>"), or ask an admin to enter an SMTP server ' +
        'in the workspace settings.',
    );
    this.name = 'MailNotConfiguredError';
  }
}

/**
 * The SMTP server did not take the message. `retryable` says whether trying again later
 * may help (unreachable server, refused login, timeout) or not (a recipient it refuses).
 */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    /** The SMTP server's own words, when it answered. */
    readonly response?: string,
  ) {
    super(message);
    this.name = 'MailDeliveryError';
  }
}
