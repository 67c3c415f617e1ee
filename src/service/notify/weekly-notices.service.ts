import { type DigestFacts, digestFor } from '../../core/notify/digest.js';
import { quietUntil } from '../../core/notify/quiet-hours.js';
import { weeklySlotDue } from '../../core/notify/weekly-slot.js';
import { dueCheckIns } from '../../core/okr/check-in-due.js';
import type { Store } from '../../store/database.js';
import {
  deliveryExists,
  insertDeliveryOnce,
  type NoticeRecipient,
  noticeRecipients,
} from '../../store/weekly-notice.repository.js';
import { listWorkspaceRows } from '../../store/workspace.repository.js';
import type { WorkspaceRow } from '../../store/workspace.table.js';
import { renderMail } from '../mail/mail-body.js';
import { digestAdmins, digestFacts, digestMail } from './digest.service.js';

/** Local times on the workspace's week start (docs/notifications.md). */
export const DIGEST_TIME = '08:00';
export const REMINDER_TIME = '09:00';

/**
 * The weekly digest and check-in reminders that fall due at `at`, queued in the outbox
 * (and the in-app inbox) for the deliveries job to send. Each person's digest and reminder
 * has an id made of workspace, person and local date, written only if absent, so however
 * many servers or reruns try, each goes out once. A person hears only when something
 * needs them; quiet hours hold the email. Returns how many were queued.
 */
export async function queueWeeklyNotices(store: Store, at: number): Promise<number> {
  let queued = 0;
  for (const ws of await listWorkspaceRows(store.db)) {
    let facts: DigestFacts | undefined;
    const factsNow = async () => {
      facts ??= await digestFacts(store, ws.slug, at);
      return facts;
    };
    let admins: ReadonlySet<string> | undefined;
    const isAdmin = async (key: string) => {
      admins ??= await digestAdmins(store, ws.id);
      return admins.has(key);
    };
    for (const person of await noticeRecipients(store.db, ws.id)) {
      if (!person.email) continue;
      const slot = (time: string) =>
        weeklySlotDue(at, { weekday: ws.week_start, time, timeZone: person.time_zone ?? 'UTC' });
      const digestDate = person.weekly_digest === 'off' ? undefined : slot(DIGEST_TIME);
      if (digestDate && (await queueDigest(store, ws, person, digestDate, at, factsNow, isAdmin))) queued++;
      const reminderDate = person.reminders === 'off' ? undefined : slot(REMINDER_TIME);
      if (reminderDate && (await queueReminder(store, ws, person, reminderDate, at, factsNow))) queued++;
    }
  }
  return queued;
}

async function queueDigest(
  store: Store,
  ws: WorkspaceRow,
  person: NoticeRecipient,
  date: string,
  at: number,
  facts: () => Promise<DigestFacts>,
  isAdmin: (key: string) => Promise<boolean>,
): Promise<boolean> {
  const id = `digest_${ws.id}_${person.id}_${date}`;
  if (await deliveryExists(store.db, id)) return false;
  const digest = digestFor(await facts(), { person: person.key, admin: await isAdmin(person.key) });
  if (digest.items.length === 0) return false;
  const mail = digestMail(digest, ws.name, ws.locale);
  return insertDeliveryOnce(
    store.db,
    emailRow(ws, person, id, 'digest.weekly', JSON.stringify(mail), at),
    inboxRow(
      ws,
      person,
      'digest.weekly',
      mail.subject,
      `${digest.items.length} items: see your digest.`,
      date,
      at,
    ),
  );
}

async function queueReminder(
  store: Store,
  ws: WorkspaceRow,
  person: NoticeRecipient,
  date: string,
  at: number,
  facts: () => Promise<DigestFacts>,
): Promise<boolean> {
  const id = `reminder_${ws.id}_${person.id}_${date}`;
  if (await deliveryExists(store.db, id)) return false;
  const { ws: workspace, report, asOf } = await facts();
  const running = new Set(report.objectives.filter((o) => o.status !== 'not_started').map((o) => o.id));
  const due = dueCheckIns(workspace, running, asOf).filter((d) => d.owner === person.key);
  if (due.length === 0) return false;
  const subject =
    due.length === 1 ? `Check-in due: ${due[0]?.title ?? ''}` : `${due.length} check-ins due in ${ws.name}`;
  const mail = {
    subject,
    ...renderMail({
      heading: subject,
      paragraphs: [
        `Hello ${person.name}, these key results you own have had no check-in for over a week. Add this week's value and how confident you are.`,
      ],
      sections: [{ title: 'Check-ins due', items: due.map((d) => d.title) }],
      footer: `You get this weekly reminder as a key result owner in ${ws.name}. Turn reminders off in your notification settings.`,
    }),
  };
  return insertDeliveryOnce(
    store.db,
    emailRow(ws, person, id, 'reminder.check_in', JSON.stringify(mail), at),
    inboxRow(ws, person, 'reminder.check_in', subject, due.map((d) => d.title).join('; '), date, at),
  );
}

function emailRow(
  ws: WorkspaceRow,
  person: NoticeRecipient,
  id: string,
  type: string,
  body: string,
  at: number,
) {
  const quiet =
    person.quiet_start && person.quiet_end
      ? { start: person.quiet_start, end: person.quiet_end, timeZone: person.time_zone ?? 'UTC' }
      : undefined;
  return {
    id,
    workspace_id: ws.id,
    subscription_id: null,
    channel: 'email',
    recipient: person.email,
    person_id: person.id,
    event_type: type,
    body,
    status: 'pending',
    attempts: 0,
    due_at: quiet ? quietUntil(at, quiet) : at,
    created_at: at,
    sent_at: null,
  };
}

function inboxRow(
  ws: WorkspaceRow,
  person: NoticeRecipient,
  type: string,
  title: string,
  detail: string,
  date: string,
  at: number,
) {
  return {
    workspace_id: ws.id,
    person_id: person.id,
    event_type: type,
    title,
    detail,
    entity: 'digest',
    entity_id: date,
    created_at: at,
    read_at: null,
  };
}
