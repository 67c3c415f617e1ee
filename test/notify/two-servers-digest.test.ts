import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savePreferences } from '../../src/service/notify/preference.service.js';
import { importWorkspace } from '../../src/service/workspace-import.service.js';
import { updateWorkspaceSettings } from '../../src/service/workspace-settings.service.js';
import { closeDatabase, openDatabase } from '../../src/store/database.js';
import { type SmtpInbox, startSmtpInbox } from '../mail/smtp-inbox.js';
import { type ServeProcess, startServe } from '../support/serve-process.js';

/**
 * Two real `ratchet serve` processes on one PostgreSQL database, started together on the
 * week start after the digest's hour in the person's time zone: both run the weekly job
 * at start, and the person gets one digest, not two (a real SMTP server counts).
 */
const pgUrl = process.env.RATCHET_TEST_PG;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A time zone where it is now between 08:00 and 22:59, and the ISO weekday there. */
function zoneAfterEight(): { timeZone: string; weekday: number } {
  for (const timeZone of [
    'UTC',
    'Asia/Tokyo',
    'Europe/Berlin',
    'America/New_York',
    'Pacific/Auckland',
    'Asia/Kolkata',
  ]) {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date());
    const hour = Number(parts.find((p) => p.type === 'hour')?.value);
    if (hour >= 8 && hour < 23)
      return {
        timeZone,
        weekday: WEEKDAYS.indexOf(parts.find((p) => p.type === 'weekday')?.value ?? '') + 1,
      };
  }
  throw new Error('no time zone is between 08:00 and 23:00 now');
}

describe.skipIf(!pgUrl)('the weekly digest with two ratchet serve processes on PostgreSQL', () => {
  const name = `ratchet_digest_${randomBytes(4).toString('hex')}`;
  let servers: ServeProcess[] = [];
  let inbox: SmtpInbox;
  let url: string;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const dbUrl = new URL(pgUrl ?? '');
    dbUrl.pathname = `/${name}`;
    url = dbUrl.toString();
  }, 60_000);

  afterAll(async () => {
    for (const server of servers) {
      const exited = new Promise((resolve) => server.process.once('exit', resolve));
      server.process.kill('SIGTERM');
      await exited;
    }
    await inbox.close();
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }, 60_000);

  it('sends each person’s digest exactly once', async () => {
    const { timeZone, weekday } = zoneAfterEight();
    const now = Date.now();
    const store = await openDatabase(url);
    const change = { actor: 'test', at: now };
    await importWorkspace(
      store,
      {
        name: 'Acme Support',
        freelancer: false,
        people: [{ id: 'priya', name: 'Priya Patel', email: 'priya@acme.test' }],
        teams: [],
        cycles: [],
        kpis: [
          {
            id: 'refund-rate',
            name: 'Refund rate',
            owner: 'priya',
            cadence: 'daily',
            healthy: { max: 5 },
            points: [
              { at: now - 3 * 86_400_000, value: 7 },
              { at: now - 2 * 86_400_000, value: 8 },
            ],
          },
        ],
        decisions: [],
        objectives: [],
        initiatives: [],
      },
      change,
    );
    await updateWorkspaceSettings(store, 'acme-support', { weekStart: weekday }, undefined, change);
    await savePreferences(
      store,
      'acme-support',
      'priya',
      { email: 'instant', digest: true, reminders: true, timeZone, quietHours: null },
      change,
    );
    await closeDatabase(store);

    const env = { RATCHET_SECRET_KEY: 'two servers share one secret key', RATCHET_SMTP_URL: inbox.url };
    servers = await Promise.all([startServe(url, env), startServe(url, env)]);

    await inbox.waitFor(1, 60_000);
    // Long enough for a second copy to show: both servers ran the job at start.
    await new Promise((resolve) => setTimeout(resolve, 8000));
    // The stale KPI may also bring its weekly reminder (once the reminder hour has come in
    // that zone); whatever is sent, each notice arrives once.
    const digest = 'Your week in Acme Support: 1 thing needs your attention';
    const subjects = inbox.messages.map((m) => m.subject ?? '');
    expect(subjects.filter((s) => s === digest)).toHaveLength(1);
    const others = subjects.filter((s) => s !== digest);
    expect(others.length).toBeLessThanOrEqual(1);
    expect(others.every((s) => s === 'No current value: Refund rate')).toBe(true);
  }, 240_000);
});
