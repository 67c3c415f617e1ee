import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpInbox, startSmtpInbox } from '../../../test/mail/smtp-inbox.js';
import { testDialects } from '../../../test/store/databases.js';
import type { Workspace } from '../../core/model.js';
import { importWorkspace } from '../workspace-import.service.js';
import { updateWorkspaceSettings } from '../workspace-settings.service.js';
import { deliverDue } from './deliver.js';
import { queueWeeklyNotices } from './weekly-notices.service.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** Monday 30 November 2026, 08:05 UTC: past the digest's 08:00 for people without a time zone. */
const monday = Date.UTC(2026, 10, 30, 8, 5);

const acme: Workspace = {
  name: 'Acme Support',
  freelancer: false,
  people: [
    { id: 'priya', name: 'Priya Patel', email: 'priya@acme.test' },
    { id: 'ben', name: 'Ben Okafor', email: 'ben@acme.test' },
    { id: 'calm', name: 'Cal Mills', email: 'cal@acme.test' },
  ],
  teams: [],
  cycles: [{ id: 'q4', start: '2026-10-01', end: '2026-12-31' }],
  kpis: [
    {
      id: 'refund-rate',
      name: 'Refund rate',
      unit: '%',
      owner: 'priya',
      cadence: 'weekly',
      healthy: { max: 5 },
      points: [
        { at: day('2026-11-16'), value: 7 },
        { at: day('2026-11-23'), value: 8 },
      ],
    },
  ],
  decisions: [],
  objectives: [
    {
      id: 'faster',
      title: 'Answer customers faster',
      owner: 'ben',
      cycle: 'q4',
      type: 'aspirational',
      keyResults: [
        {
          id: 'frt-down',
          title: 'Cut first response time from 8 h to 2 h',
          baseline: 8,
          target: 2,
          weight: 1,
          checkIns: [{ at: day('2026-11-16'), value: 7.5 }],
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

describe.each(testDialects())('the weekly digest and reminders on $name', ({ open }) => {
  it('go out once per person on the week start, however often the job runs', async () => {
    inbox.messages.length = 0;
    const store = await open();
    await importWorkspace(store, acme, { actor: 'test', at: day('2026-11-01') });
    const env = { ...process.env, RATCHET_SMTP_URL: inbox.url, RATCHET_MAIL_FROM: 'Ratchet <r@acme.test>' };

    expect(await queueWeeklyNotices(store, Date.UTC(2026, 10, 30, 7, 55))).toBe(0);
    // Two servers' runs at once, and a rerun later that day, queue each message once.
    const runs = await Promise.all([queueWeeklyNotices(store, monday), queueWeeklyNotices(store, monday)]);
    const rerun = await queueWeeklyNotices(store, monday + 3 * 3_600_000);
    await deliverDue(store, monday + 3 * 3_600_000, { env });
    await deliverDue(store, monday + 3 * 3_600_000, { env });

    expect(runs[0] + runs[1] + rerun).toBe(3);
    const mails = await inbox.waitFor(3);
    const toOf = (m: (typeof mails)[number]) => (Array.isArray(m.to) ? m.to[0]?.text : m.to?.text);
    const by = (to: string) => mails.filter((m) => toOf(m) === to).map((m) => m.subject);
    expect(by('priya@acme.test')).toEqual(['Your week in Acme Support: 1 thing needs your attention']);
    expect(by('ben@acme.test').sort()).toEqual([
      'Check-in due: Cut first response time from 8 h to 2 h',
      'Your week in Acme Support: 2 things need your attention',
    ]);
    // Nothing needs Cal: no mail.
    expect(by('cal@acme.test')).toEqual([]);
    const priya = mails.find((m) => toOf(m) === 'priya@acme.test');
    expect(priya?.text).toContain('Breaches waiting for an answer');
    expect(priya?.html).toContain('<h2 style="font-size:1.05em">Breaches waiting for an answer</h2>');
    // The next day is not the week start: nothing more.
    expect(await queueWeeklyNotices(store, monday + 24 * 3_600_000)).toBe(0);
  });

  it('go out at the time and on the day an admin set', async () => {
    inbox.messages.length = 0;
    const store = await open();
    const { workspace } = await importWorkspace(store, acme, { actor: 'test', at: day('2026-11-01') });
    const change = { actor: 'test', at: day('2026-11-01') };
    // Friday 4 December, 17:00 for the digest and 17:30 for reminders.
    await updateWorkspaceSettings(
      store,
      workspace,
      { digestTime: '17:00', reminderTime: '17:30', noticeDay: 5 },
      undefined,
      change,
    );
    const friday = (h: number, m: number) => Date.UTC(2026, 11, 4, h, m);

    // Monday 08:05 is no longer the time; Friday before 17:00 neither.
    expect(await queueWeeklyNotices(store, monday)).toBe(0);
    expect(await queueWeeklyNotices(store, friday(16, 55))).toBe(0);
    expect(await queueWeeklyNotices(store, friday(17, 5))).toBe(2); // Priya's and Ben's digests
    // Ben's check-in reminder, and Priya's refund rate (last measured 23 November) is stale by now.
    expect(await queueWeeklyNotices(store, friday(17, 35))).toBe(2);
    // Moved later the same day, it does not go out twice.
    await updateWorkspaceSettings(store, workspace, { digestTime: '18:00' }, undefined, change);
    expect(await queueWeeklyNotices(store, friday(18, 5))).toBe(0);
  });
});
