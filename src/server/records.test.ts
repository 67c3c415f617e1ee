import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { testServer } from './test-support/harness.js';

describe.each(testDialects())(
  'teams, people, objectives and initiatives over the API on $name',
  (dialect) => {
    async function signedIn() {
      const server = await testServer(dialect);
      const { cookie, slug } = await server.setupOwner();
      const call = (method: string, path: string, body?: unknown) =>
        server.call(method, `/api/v1/workspaces/${slug}${path}`, body, { cookie });
      return { server, call };
    }

    it('teams form a tree that cannot loop, and people get the role of their account', async () => {
      const { server, call } = await signedIn();
      expect((await call('POST', '/teams', { name: 'Customer' })).json).toMatchObject({
        id: 'customer',
        parent: null,
      });
      const support = await call('POST', '/teams', { name: 'Support', parent: 'customer' });
      expect(support.status).toBe(201);
      const loop = await call('PATCH', '/teams/customer', { parent: 'support' });
      expect(loop.status).toBe(422);
      expect(loop.json.errors).toContainEqual(expect.objectContaining({ path: 'body.parent' }));
      expect(
        (await call('PATCH', '/teams/support', { name: 'Customer support', version: 1 })).json,
      ).toMatchObject({
        name: 'Customer support',
        version: 2,
      });
      expect((await call('PATCH', '/teams/support', { name: 'Again', version: 1 })).status).toBe(409);

      await server.member('viewer', 'acme-support', 'leo@acme.test');
      const leo = await call('POST', '/people', { name: 'Leo', email: 'leo@acme.test', role: 'editor' });
      expect(leo.json).toMatchObject({ id: 'leo', email: 'leo@acme.test', role: 'editor' });
      const ada = await call('POST', '/people', { name: 'Ada', email: 'ada@acme.test', role: 'editor' });
      expect(ada.json).toMatchObject({ id: 'ada', role: null }); // no account with that email yet
      const twice = await call('POST', '/people', { name: 'Ada two', email: 'ada@acme.test' });
      expect(twice.status).toBe(409);
      // Named as people see her, not by her record id.
      expect(twice.json.detail).toBe('Ada already has the email ada@acme.test; one person per email.');
      const people = (await call('GET', '/people')).json.items as { id: string; role: string | null }[];
      expect(people.map((p) => [p.id, p.role])).toEqual([
        ['olivia', 'owner'],
        ['leo', 'editor'],
        ['ada', null],
      ]);
    });

    it('an objective is created with its key results, edited, and archived with them', async () => {
      const { call } = await signedIn();
      await call('POST', '/cycles', { start: '2026-10-01', end: '2026-12-31' });
      const created = await call('POST', '/objectives', {
        title: 'Delight customers with fast answers',
        cycle: '2026-q4',
        keyResults: [
          { title: 'Reduce first response time from 6 h to 3 h', baseline: 6, target: 3, unit: 'h' },
          { title: 'Launch the help centre', milestone: true },
        ],
      });
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({
        id: 'delight-customers-with-fast-answers',
        type: 'aspirational',
        keyResults: [
          {
            id: 'reduce-first-response-time-from-6-h-to-3-h',
            baseline: 6,
            target: 3,
            milestone: false,
            version: 1,
          },
          { id: 'launch-the-help-centre', milestone: true },
        ],
      });
      const same = await call('POST', '/objectives', {
        title: 'x',
        cycle: '2026-q4',
        keyResults: [{ title: 'y', baseline: 2, target: 2 }],
      });
      expect(same.status).toBe(422);
      expect(same.json.errors).toContainEqual(expect.objectContaining({ path: 'body.keyResults.0.target' }));
      const unknownCycle = await call('POST', '/objectives', { title: 'x', cycle: '2031-q1' });
      expect(unknownCycle.status).toBe(404);

      const o = 'delight-customers-with-fast-answers';
      const typed = await call('PATCH', `/objectives/${o}`, { type: 'committed', version: 1 });
      expect(typed.json).toMatchObject({ type: 'committed', version: 2 });
      const added = await call('POST', `/objectives/${o}/key-results`, {
        title: 'Raise CSAT from 80% to 90%',
        baseline: 80,
        target: 90,
      });
      expect(added.status).toBe(201);
      expect(added.json).toMatchObject({ objective: o, weight: 1 });
      expect((await call('GET', '/objectives?cycle=2026-q4')).json.items).toHaveLength(1);
      expect((await call('GET', '/objectives?cycle=2027-q1')).json.items).toHaveLength(0);

      expect((await call('DELETE', `/objectives/${o}`)).status).toBe(204);
      expect((await call('GET', `/objectives/${o}`)).status).toBe(404);
      expect((await call('PATCH', '/key-results/launch-the-help-centre', { done: true })).status).toBe(404);
      const audit = await call('GET', '/audit?entity=key_result&limit=2');
      expect(audit.json.items).toEqual([
        expect.objectContaining({ action: 'archive', actor: 'user:1' }),
        expect.objectContaining({ action: 'archive' }),
      ]);
      const next = await call('GET', `/audit?entity=key_result&limit=2&cursor=${audit.json.nextCursor}`);
      expect(next.json.items).toEqual([
        expect.objectContaining({ action: 'archive' }),
        expect.objectContaining({ action: 'create', entityId: 'raise-csat-from-80-to-90' }),
      ]);
    });

    it('an initiative drives key results and sums the hours logged on it', async () => {
      const { server, call } = await signedIn();
      await call('POST', '/cycles', { id: 'q4', start: '2026-10-01', end: '2026-12-31' });
      await call('POST', '/objectives', {
        id: 'fast',
        title: 'Fast answers',
        cycle: 'q4',
        keyResults: [{ id: 'frt', title: 'FRT under 3 h', baseline: 6, target: 3 }],
      });
      const created = await call('POST', '/initiatives', {
        title: 'Introduce a triage rota',
        keyResults: ['frt'],
        owner: 'olivia',
      });
      expect(created.json).toMatchObject({
        id: 'introduce-a-triage-rota',
        status: 'planned',
        keyResults: ['frt'],
        hours: 0,
      });
      const bad = await call('POST', '/initiatives', { title: 'Ghost', keyResults: ['nope'] });
      expect(bad.status).toBe(404);

      const i = '/initiatives/introduce-a-triage-rota';
      expect((await call('PATCH', i, { status: 'in_progress', due: '2026-12-15' })).json).toMatchObject({
        status: 'in_progress',
        due: '2026-12-15',
      });
      const logged = await call('POST', `${i}/time-entries`, {
        date: '2026-11-23',
        hours: 1.5,
        billable: true,
      });
      expect(logged.json).toMatchObject({ person: 'olivia', hours: 1.5, billable: true, note: null });
      await call('POST', `${i}/time-entries`, { date: '2026-11-24', hours: 2 });
      expect((await call('POST', `${i}/time-entries`, { date: '2026-11-24', hours: 30 })).status).toBe(422);
      expect((await call('GET', '/initiatives?status=in_progress')).json.items).toEqual([
        expect.objectContaining({ hours: 3.5, version: 2 }),
      ]);
      expect((await call('PATCH', i, { due: null })).json.due).toBeNull();
      const rows = await server.db.selectFrom('time_entries').select('hours').execute();
      expect(rows).toHaveLength(2);
    });

    it('lists, edits and deletes the hours on an initiative, with the totals', async () => {
      const { call } = await signedIn();
      await call('POST', '/initiatives', { title: 'Client site' });
      const i = '/initiatives/client-site';
      const first = (
        await call('POST', `${i}/time-entries`, { date: '2026-11-23', hours: 3, billable: true })
      ).json;
      await call('POST', `${i}/time-entries`, { date: '2026-11-24', hours: 2, note: 'admin' });
      expect((await call('GET', `${i}/time-entries`)).json).toMatchObject({
        items: [
          { id: first.id, date: '2026-11-23', hours: 3, billable: true, version: 1 },
          { date: '2026-11-24', hours: 2, billable: false, note: 'admin' },
        ],
        totals: { hours: 5, billableHours: 3 },
      });

      const edited = await call('PATCH', `/time-entries/${first.id}`, {
        hours: 4.5,
        note: 'design',
        version: 1,
      });
      expect(edited.json).toMatchObject({ hours: 4.5, note: 'design', billable: true, version: 2 });
      expect((await call('PATCH', `/time-entries/${first.id}`, { hours: 1, version: 1 })).status).toBe(409);
      expect((await call('PATCH', `/time-entries/${first.id}`, { date: '2026-11-31' })).status).toBe(422);
      expect((await call('PATCH', `/time-entries/${first.id}`, { note: null })).json.note).toBeNull();

      expect((await call('DELETE', `/time-entries/${first.id}?version=3`)).status).toBe(204);
      expect((await call('GET', `${i}/time-entries`)).json.totals).toEqual({ hours: 2, billableHours: 0 });
      expect((await call('GET', '/initiatives')).json.items).toEqual([expect.objectContaining({ hours: 2 })]);
      expect((await call('PATCH', `/time-entries/${first.id}`, { hours: 1 })).status).toBe(404);
    });

    it('every write tells the open event streams what changed', async () => {
      const { server, call } = await signedIn();
      const heard: string[] = [];
      // Listen through the event stream, as the web app does.
      const stream = await server.app.request('http://ratchet.test/api/v1/workspaces/acme-support/events', {
        headers: { cookie: await server.signInAs('olivia@acme.test') },
      });
      const reader = stream.body?.getReader();
      await call('POST', '/teams', { name: 'Support' });
      await call('POST', '/cycles', { start: '2027-01-01', end: '2027-03-31' });
      const decoder = new TextDecoder();
      let text = '';
      while (reader && !text.includes('"entity":"cycle"'))
        text += decoder.decode((await reader.read()).value);
      await reader?.cancel();
      for (const match of text.matchAll(/"entity":"(\w+)","id":"([^"]+)"/g))
        heard.push(`${match[1]}:${match[2]}`);
      expect(heard).toEqual(['team:support', 'cycle:2027-q1']);
    });
  },
);
