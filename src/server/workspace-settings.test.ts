import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { testServer } from './test-support/harness.js';

const DAY = 86_400_000;
const ws = '/api/v1/workspaces/acme-support';

describe.each(testDialects())('workspace settings and cycles over HTTP on $name', (dialect) => {
  it('an admin renames the workspace and picks its locale, currency, week start and cycle length', async () => {
    const server = await testServer(dialect);
    const { cookie } = await server.setupOwner();
    const before = await server.call('GET', `${ws}/settings`, undefined, { cookie });
    expect(before.json).toMatchObject({ name: 'Acme Support', weekStart: 1, cycleLength: 'quarter' });

    const changed = await server.call(
      'PATCH',
      `${ws}/settings`,
      {
        version: before.json.version,
        name: 'Acme Help',
        locale: 'de-DE',
        currency: 'EUR',
        weekStart: 7,
        cycleLength: 'six_weeks',
      },
      { cookie },
    );
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ name: 'Acme Help', locale: 'de-DE', currency: 'EUR', weekStart: 7 });
    // The slug stays, so every link still works.
    const again = await server.call('GET', `${ws}/settings`, undefined, { cookie });
    expect(again.json).toMatchObject({ name: 'Acme Help', cycleLength: 'six_weeks' });

    const stale = await server.call(
      'PATCH',
      `${ws}/settings`,
      { version: before.json.version, name: 'X' },
      { cookie },
    );
    expect(stale.status).toBe(409);
    const bad = await server.call('PATCH', `${ws}/settings`, { locale: 'not a locale!' }, { cookie });
    expect(bad.status).toBe(422);
    expect(bad.text).toMatch(/not a locale/);
  });

  it('an admin sets when the digest and reminders go out, and a bad time or day is a 422 naming it', async () => {
    const server = await testServer(dialect);
    const { cookie } = await server.setupOwner();
    const before = await server.call('GET', `${ws}/settings`, undefined, { cookie });
    expect(before.json).toMatchObject({ digestTime: '08:00', reminderTime: '09:00', noticeDay: null });

    const changed = await server.call(
      'PATCH',
      `${ws}/settings`,
      { version: before.json.version, digestTime: '07:30', reminderTime: '16:45', noticeDay: 5 },
      { cookie },
    );
    expect(changed.status).toBe(200);
    const again = await server.call('GET', `${ws}/settings`, undefined, { cookie });
    expect(again.json).toMatchObject({ digestTime: '07:30', reminderTime: '16:45', noticeDay: 5 });

    const badTime = await server.call('PATCH', `${ws}/settings`, { reminderTime: '25:00' }, { cookie });
    expect(badTime.status).toBe(422);
    expect(badTime.text).toMatch(/reminderTime/);
    expect(badTime.text).toMatch(/25:00\\?" is not a time of day; use HH:MM/);
    const badDay = await server.call('PATCH', `${ws}/settings`, { noticeDay: 8 }, { cookie });
    expect(badDay.status).toBe(422);
    expect(badDay.text).toMatch(/noticeDay/);
    const back = await server.call('PATCH', `${ws}/settings`, { noticeDay: null }, { cookie });
    expect(back.json).toMatchObject({ noticeDay: null, digestTime: '07:30' });
  });

  it('an editor may read the settings but not change them', async () => {
    const server = await testServer(dialect);
    await server.setupOwner();
    const editor = await server.member('editor', 'acme-support');
    expect((await server.call('GET', `${ws}/settings`, undefined, { cookie: editor })).status).toBe(200);
    const refused = await server.call('PATCH', `${ws}/settings`, { name: 'Mine' }, { cookie: editor });
    expect(refused.status).toBe(403);
  });

  it('offers the next quarter in the last two weeks of the current one, and not after it is planned', async () => {
    const server = await testServer(dialect);
    const owner = await server.setupOwner();
    const early = await server.call('GET', `${ws}/cycles/next`, undefined, { cookie: owner.cookie });
    expect(early.json).toMatchObject({ offerNow: false, next: { id: '2027-q1', start: '2027-01-01' } });

    server.clock.now += 27 * DAY; // 20 December; sessions lapse after a week idle
    const cookie = await server.signInAs('olivia@acme.test');
    const late = await server.call('GET', `${ws}/cycles/next`, undefined, { cookie });
    expect(late.json).toEqual({
      cycleLength: 'quarter',
      next: { id: '2027-q1', start: '2027-01-01', end: '2027-03-31' },
      offerNow: true,
    });
    await server.call('POST', `${ws}/cycles`, { start: '2027-01-01', end: '2027-03-31' }, { cookie });
    const planned = await server.call('GET', `${ws}/cycles/next`, undefined, { cookie });
    expect(planned.json.offerNow).toBe(false);
  });

  it('moves an open cycle’s dates with its version, and keeps a closed cycle’s dates', async () => {
    const server = await testServer(dialect);
    const { cookie } = await server.setupOwner();
    const created = await server.call(
      'POST',
      `${ws}/cycles`,
      { id: 'push', start: '2026-10-01', end: '2026-11-11' },
      { cookie },
    );
    const moved = await server.call(
      'PATCH',
      `${ws}/cycles/push`,
      { version: created.json.version, end: '2026-11-15' },
      { cookie },
    );
    expect(moved.status).toBe(200);
    expect(moved.json).toMatchObject({ id: 'push', end: '2026-11-15', version: 2 });
    const stale = await server.call(
      'PATCH',
      `${ws}/cycles/push`,
      { version: 1, end: '2026-11-20' },
      { cookie },
    );
    expect(stale.status).toBe(409);
    const backwards = await server.call('PATCH', `${ws}/cycles/push`, { end: '2026-09-01' }, { cookie });
    expect(backwards.status).toBe(422);
    expect(backwards.text).toMatch(/ends \(2026-09-01\) before it starts/);

    await server.call('POST', `${ws}/cycles/push/close`, {}, { cookie });
    const closed = await server.call('PATCH', `${ws}/cycles/push`, { end: '2026-11-20' }, { cookie });
    expect(closed.status).toBe(409);
    expect(closed.text).toMatch(/closed/);
  });
});
