import { type DigestFacts, digestFor } from '../../core/notify/digest.js';
import { quietUntil } from '../../core/notify/quiet-hours.js';
import { pendingProposalReminder, type ReminderItem, staleKpiReminder } from '../../core/notify/reminders.js';
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
import { appLink } from '../mail/app-link.js';
import { renderMail } from '../mail/mail-body.js';
import { settingsOf } from '../workspace-settings.service.js';
import { digestAdmins, digestFacts, digestMail } from './digest.service.js';

/**
 * The weekly digest and check-in reminders that fall due at `at`, queued in the outbox
 * (and the in-app inbox) for the deliveries job to send. Each person's digest and reminder
 * has an id made of workspace, person and local date, written only if absent, so however
 * many servers or reruns try, each goes out once. A person hears only when something
 * needs them; quiet hours hold the email. Returns how many were queued.
 */
export async function queueWeeklyNotices(
  store: Store,
  at: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let queued = 0;
  const link = (path: string) => appLink(path, env);
  for (const ws of await listWorkspaceRows(store.db)) {
    const { digestTime, reminderTime, noticeDay } = settingsOf(ws);
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
        weeklySlotDue(at, { weekday: noticeDay ?? ws.week_start, time, timeZone: person.time_zone ?? 'UTC' });
      const digestDate = person.weekly_digest === 'off' ? undefined : slot(digestTime);
      if (digestDate && (await queueDigest(store, ws, person, digestDate, at, factsNow, isAdmin))) queued++;
      const reminderDate = person.reminders === 'off' ? undefined : slot(reminderTime);
      if (!reminderDate) continue;
      const reminder: ReminderContext = { store, ws, person, date: reminderDate, at, facts: factsNow, link };
      if (await queueReminder(reminder)) queued++;
      if (await queueStaleKpiReminder(reminder)) queued++;
      if ((await isAdmin(person.key)) && (await queueProposalReminder(reminder))) queued++;
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

/** What a weekly reminder says: one list of things that need the person, with a way in. */
interface ListReminder {
  readonly subject: string;
  readonly intro: string;
  readonly section: { readonly title: string; readonly items: readonly string[] };
  readonly action?: { readonly label: string; readonly url: string } | undefined;
  /** Why the person gets it ("as a KPI owner in Acme"). */
  readonly role: string;
  readonly inboxDetail: string;
  /** The one record the inbox entry opens, when the reminder is about one. */
  readonly about?: { readonly entity: string; readonly entity_id: string } | undefined;
}

type Link = (path: string) => string | undefined;

/** One person's reminders on one local date: who, where, when, and the facts they read. */
interface ReminderContext {
  readonly store: Store;
  readonly ws: WorkspaceRow;
  readonly person: NoticeRecipient;
  readonly date: string;
  readonly at: number;
  readonly facts: () => Promise<DigestFacts>;
  readonly link: Link;
}

/**
 * Queues one weekly reminder (email and inbox) under an id made of its kind, workspace,
 * person and date, unless it was queued before or `compose` finds nothing to remind of.
 * The three reminders differ only in what they list.
 */
async function queueListReminder(
  { store, ws, person, date, at }: ReminderContext,
  kind: { readonly idPrefix: string; readonly type: string },
  compose: () => Promise<ListReminder | undefined>,
): Promise<boolean> {
  const id = `${kind.idPrefix}_${ws.id}_${person.id}_${date}`;
  if (await deliveryExists(store.db, id)) return false;
  const r = await compose();
  if (!r) return false;
  const mail = {
    subject: r.subject,
    ...renderMail({
      heading: r.subject,
      paragraphs: [r.intro],
      sections: [r.section],
      ...(r.action ? { action: r.action } : {}),
      footer: `You get this weekly reminder ${r.role}. Turn reminders off in your notification settings.`,
    }),
  };
  return insertDeliveryOnce(store.db, emailRow(ws, person, id, kind.type, JSON.stringify(mail), at), {
    ...inboxRow(ws, person, kind.type, r.subject, r.inboxDetail, date, at),
    ...(r.about ?? {}),
  });
}

/** "Check-in due: Churn" for one, "3 check-ins due in Acme" for several. */
function countedSubject(items: readonly { title: string }[], one: string, several: string): string {
  return items.length === 1 ? `${one}: ${items[0]?.title ?? ''}` : `${items.length} ${several}`;
}

function queueReminder(ctx: ReminderContext): Promise<boolean> {
  const { ws, person, facts } = ctx;
  return queueListReminder(ctx, { idPrefix: 'reminder', type: 'reminder.check_in' }, async () => {
    const { ws: workspace, report, asOf } = await facts();
    const running = new Set(report.objectives.filter((o) => o.status !== 'not_started').map((o) => o.id));
    const due = dueCheckIns(workspace, running, asOf).filter((d) => d.owner === person.key);
    if (due.length === 0) return undefined;
    return {
      subject: countedSubject(due, 'Check-in due', `check-ins due in ${ws.name}`),
      intro: `Hello ${person.name}, these key results you own have had no check-in for over a week. Add this week's value and how confident you are.`,
      section: { title: 'Check-ins due', items: due.map((d) => d.title) },
      role: `as a key result owner in ${ws.name}`,
      inboxDetail: due.map((d) => d.title).join('; '),
    };
  });
}

/** The web app's paths, as web/src/router/routes.ts builds them. */
const kpiPath = (ws: WorkspaceRow, kpi: string) =>
  `/w/${encodeURIComponent(ws.slug)}/kpis/${encodeURIComponent(kpi)}`;
const cyclePath = (ws: WorkspaceRow, cycle: string) =>
  `/w/${encodeURIComponent(ws.slug)}/cycles?cycle=${encodeURIComponent(cycle)}`;

/** Each item's message, followed by its link when the server knows its public address. */
const withLinks = (items: readonly ReminderItem[], path: (item: ReminderItem) => string, link: Link) =>
  items.map((i) => {
    const url = link(path(i));
    return url ? `${i.message} ${url}` : i.message;
  });

function queueStaleKpiReminder(ctx: ReminderContext): Promise<boolean> {
  const { ws, person, facts, link } = ctx;
  return queueListReminder(ctx, { idPrefix: 'stale', type: 'reminder.stale_kpi' }, async () => {
    const stale = staleKpiReminder(await facts(), person.key);
    const first = stale[0];
    if (!first) return undefined;
    const url = stale.length === 1 ? link(kpiPath(ws, first.kpi)) : undefined;
    return {
      subject: countedSubject(stale, 'No current value', `KPIs without a current value in ${ws.name}`),
      intro: `Hello ${person.name}, these KPIs you own have no value as recent as their cadence asks for, so Ratchet cannot tell whether they are healthy.`,
      section: {
        title: 'KPIs without a current value',
        items: withLinks(stale, (i) => kpiPath(ws, i.kpi), link),
      },
      action: url ? { label: `Add a value to ${first.title}`, url } : undefined,
      role: `as a KPI owner in ${ws.name}`,
      inboxDetail: stale.map((i) => i.title).join('; '),
      about: stale.length === 1 ? { entity: 'kpi', entity_id: first.kpi } : undefined,
    };
  });
}

function queueProposalReminder(ctx: ReminderContext): Promise<boolean> {
  const { ws, person, facts, link } = ctx;
  return queueListReminder(ctx, { idPrefix: 'proposals', type: 'reminder.pending_proposal' }, async () => {
    const pending = pendingProposalReminder(await facts());
    if (pending.length === 0) return undefined;
    const cycles = [...new Set(pending.flatMap((p) => (p.cycle ? [p.cycle] : [])))];
    const url = cycles.length === 1 && cycles[0] ? link(cyclePath(ws, cycles[0])) : undefined;
    return {
      subject: countedSubject(
        pending,
        'Ratchet waiting for an answer',
        `ratchets waiting for an answer in ${ws.name}`,
      ),
      intro: `Hello ${person.name}, closing a cycle proposed these ratchets: a key result reached its target, so the KPI's healthy range can hold the new standard. Nobody has accepted or declined them yet.`,
      section: {
        title: 'Ratchets to accept or decline',
        items: withLinks(pending, (i) => cyclePath(ws, i.cycle ?? ''), link),
      },
      action: url ? { label: 'Open the cycle review', url } : undefined,
      role: `as an admin of ${ws.name}`,
      inboxDetail: pending.map((p) => p.title).join('; '),
    };
  });
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
