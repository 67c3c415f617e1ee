import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpInbox, startSmtpInbox } from '../../../test/mail/smtp-inbox.js';
import { testDialects } from '../../../test/store/databases.js';
import type { Workspace } from '../../core/model.js';
import { addUser } from '../accounts/user.service.js';
import { acceptProposal, closeCycle } from '../cycle-close.service.js';
import { importWorkspace } from '../workspace-import.service.js';
import { deliverDue } from './deliver.js';
import { queueWeeklyNotices } from './weekly-notices.service.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const HOUR = 3_600_000;
/** Monday 30 November 2026, 09:05 UTC: past the reminders' 09:00 for people without a time zone. */
const monday = Date.UTC(2026, 10, 30, 9, 5);
const nextMonday = monday + 7 * 24 * HOUR;

/**
 * Ben's backlog KPI is weekly and was last measured on 2 November: stale. Cal's refund
 * rate was measured a week ago: fresh. Q3's key result brought the refund rate under its
 * 4% target, so closing Q3 proposes tightening the healthy maximum from 5% to 4%.
 */
const acme: Workspace = {
  name: 'Acme Support',
  freelancer: false,
  people: [
    { id: 'priya', name: 'Priya Patel', email: 'priya@acme.test' },
    { id: 'ben', name: 'Ben Okafor', email: 'ben@acme.test' },
    { id: 'cal', name: 'Cal Mills', email: 'cal@acme.test' },
  ],
  teams: [],
  cycles: [
    { id: '2026-q3', start: '2026-07-01', end: '2026-09-30' },
    { id: '2026-q4', start: '2026-10-01', end: '2026-12-31' },
  ],
  kpis: [
    {
      id: 'backlog',
      name: 'Ticket backlog',
      unit: 'tickets',
      owner: 'ben',
      cadence: 'weekly',
      healthy: { max: 200 },
      points: [
        { at: day('2026-10-26'), value: 150 },
        { at: day('2026-11-02'), value: 140 },
      ],
    },
    {
      id: 'refund-rate',
      name: 'Refund rate',
      unit: '%',
      owner: 'cal',
      cadence: 'weekly',
      healthy: { max: 5 },
      points: [
        { at: day('2026-07-06'), value: 6 },
        { at: day('2026-08-03'), value: 4.8 },
        { at: day('2026-09-28'), value: 3.6 },
        { at: day('2026-11-23'), value: 3.5 },
        { at: day('2026-11-30'), value: 3.4 },
      ],
    },
  ],
  decisions: [],
  objectives: [
    {
      id: 'fewer-refunds',
      title: 'Fewer refunds',
      owner: 'cal',
      cycle: '2026-q3',
      type: 'committed',
      keyResults: [
        {
          id: 'refunds-under-4',
          title: 'Refund rate under 4%',
          kpi: 'refund-rate',
          baseline: 6,
          target: 4,
          weight: 1,
          checkIns: [],
        },
      ],
    },
  ],
  initiatives: [],
};

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox.close();
});

describe.each(testDialects())('the stale-KPI and pending-ratchet reminders on $name', ({ open }) => {
  it('reach each owner and admin once per week, with names and links, and stop when answered', async () => {
    inbox.messages.length = 0;
    const store = await open();
    const { workspace } = await importWorkspace(store, acme, { actor: 'test', at: day('2026-11-01') });
    await addUser(
      store.db,
      {
        email: 'priya@acme.test',
        password: 'correct horse battery',
        name: 'Priya',
        workspace,
        role: 'admin',
      },
      day('2026-11-01'),
    );
    await closeCycle(store, workspace, '2026-q3', { actor: 'priya', at: day('2026-10-02') });
    const env = {
      ...process.env,
      RATCHET_SMTP_URL: inbox.url,
      RATCHET_MAIL_FROM: 'Ratchet <r@acme.test>',
      RATCHET_PUBLIC_URL: 'https://ratchet.acme.test/',
    };
    const reminders = () =>
      inbox.messages.filter((m) => !m.subject?.startsWith('Your week in')).map((m) => ({ to: toOf(m), m }));

    // Two servers at once, then a restarted server's run later that morning.
    await Promise.all([queueWeeklyNotices(store, monday, env), queueWeeklyNotices(store, monday, env)]);
    await deliverDue(store, monday, { env });
    await queueWeeklyNotices(store, monday + 2 * HOUR, env);
    await deliverDue(store, monday + 2 * HOUR, { env });
    await until(() => reminders().length >= 2);

    const first = reminders();
    expect(first.map((r) => `${r.to}: ${r.m.subject}`).sort()).toEqual([
      'ben@acme.test: No current value: Ticket backlog',
      'priya@acme.test: Ratchet waiting for an answer: Refund rate',
    ]);
    const ben = first.find((r) => r.to === 'ben@acme.test')?.m;
    expect(ben?.text).toContain(
      'Ticket backlog is measured weekly, but its latest value is from Nov 2, 2026: add a current value. https://ratchet.acme.test/w/acme-support/kpis/backlog',
    );
    expect(ben?.html).toContain('href="https://ratchet.acme.test/w/acme-support/kpis/backlog"');
    const priya = first.find((r) => r.to === 'priya@acme.test')?.m;
    expect(priya?.text).toContain('"Refund rate under 4%" was achieved: move the healthy maximum');
    expect(priya?.text).toContain('https://ratchet.acme.test/w/acme-support/cycles?cycle=2026-q3');

    // Answered, the proposal is no longer news; the backlog is still stale: a new week, a new reminder.
    await acceptProposal(
      store,
      workspace,
      '2026-q3',
      'refunds-under-4',
      { by: 'priya' },
      {
        actor: 'priya',
        at: monday + 3 * HOUR,
      },
    );
    inbox.messages.length = 0;
    await queueWeeklyNotices(store, nextMonday, env);
    await deliverDue(store, nextMonday, { env });
    await until(() => reminders().length >= 1);
    expect(reminders().map((r) => `${r.to}: ${r.m.subject}`)).toEqual([
      'ben@acme.test: No current value: Ticket backlog',
    ]);
  });
});

function toOf(m: SmtpInbox['messages'][number]): string | undefined {
  return Array.isArray(m.to) ? m.to[0]?.text : m.to?.text;
}

/** Mail arrives parsed a moment after the send resolves; digests arrive alongside. */
async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('The reminders did not arrive.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // Anything sent twice would arrive by now.
  await new Promise((resolve) => setTimeout(resolve, 100));
}
