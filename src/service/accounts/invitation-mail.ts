import type { Store } from '../../store/database.js';
import { MailDeliveryError, mailConfigFor, renderMail, sendWith } from '../mail/index.js';
import type { IssuedInvitation } from './invitation.service.js';

/**
 * Emails the invitation link when SMTP is configured (the workspace's or the server's).
 * True when the mail server took it; false when there is no SMTP or it refused — the
 * inviter still has the link on screen, so the invitation itself never fails for mail.
 */
export async function emailInvitation(
  store: Store,
  issued: IssuedInvitation,
  details: {
    readonly workspaceId: number;
    readonly workspaceName: string;
    readonly inviter: string;
    readonly link: string;
  },
): Promise<boolean> {
  const config = await mailConfigFor(store, details.workspaceId);
  if (!config) return false;
  const body = renderMail({
    heading: `Join ${details.workspaceName} on Ratchet`,
    paragraphs: [
      `${details.inviter} invited you to ${details.workspaceName} as ${issued.invitation.role}.`,
      'Open the link to choose your name and password. It works once, for 7 days.',
    ],
    action: { label: `Join ${details.workspaceName}`, url: details.link },
    footer:
      'If you did not expect this invitation, ignore this email: nothing happens until the link is used.',
  });
  try {
    await sendWith(config, {
      to: issued.invitation.email,
      subject: `Join ${details.workspaceName} on Ratchet`,
      ...body,
    });
    return true;
  } catch (error) {
    if (error instanceof MailDeliveryError) return false;
    throw error;
  }
}
