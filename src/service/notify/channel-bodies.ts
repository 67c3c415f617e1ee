import type { AlertNotice } from '../../core/notify/alert-notice.js';
import { renderMail } from '../mail/index.js';

/** Slack incoming webhook: Block Kit, with `text` as the fallback for notifications. */
export function slackBody(notice: AlertNotice): string {
  return JSON.stringify({
    text: notice.headline,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: notice.headline } },
      { type: 'section', text: { type: 'mrkdwn', text: notice.detail } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `KPI \`${notice.kpi}\` · Ratchet` }] },
    ],
  });
}

/** Microsoft Teams workflow webhook ("When a Teams webhook request is received"): an Adaptive Card. */
export function teamsBody(notice: AlertNotice): string {
  return JSON.stringify({
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            {
              type: 'TextBlock',
              size: 'Medium',
              weight: 'Bolder',
              text: notice.headline,
              wrap: true,
              color: notice.resolved ? 'Good' : notice.severity === 'critical' ? 'Attention' : 'Warning',
            },
            { type: 'TextBlock', text: notice.detail, wrap: true },
            { type: 'FactSet', facts: [{ title: 'KPI', value: notice.kpi }] },
          ],
        },
      },
    ],
  });
}

/** An email's subject, HTML and text, stored as the delivery's body. */
export function emailBody(notice: AlertNotice, footer: string): string {
  return JSON.stringify({
    subject: notice.headline,
    ...renderMail({ heading: notice.headline, paragraphs: [notice.detail], footer }),
  });
}

export function channelBody(kind: string, notice: AlertNotice): string {
  return kind === 'teams' ? teamsBody(notice) : slackBody(notice);
}
