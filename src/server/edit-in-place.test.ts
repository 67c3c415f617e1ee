import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { importWorkspace } from '../service/workspace-import.service.js';
import { loadWorkspace } from '../service/workspace-load.service.js';
import { parseWorkspace, serializeWorkspace } from '../workspace/index.js';
import { testServer } from './test-support/harness.js';

describe.each(testDialects())(
  'editing records in place over the API on $name (issue 9, item 1)',
  (dialect) => {
    async function signedIn() {
      const server = await testServer(dialect);
      const { cookie, slug } = await server.setupOwner();
      const call = (method: string, path: string, body?: unknown, as = cookie) =>
        server.call(method, `/api/v1/workspaces/${slug}${path}`, body, { cookie: as });
      const cycles = (await call('GET', '/cycles')).json.items as { id: string }[];
      return { server, call, cookie, cycle: cycles[0]?.id as string };
    }

    it('a key result title generated from its numbers follows a new target; a hand-written one is kept', async () => {
      const { call, cycle } = await signedIn();
      await call('POST', '/objectives', {
        id: 'fast',
        title: 'Answer customers fast',
        cycle,
        keyResults: [
          {
            id: 'frt',
            title: 'Reduce first response time from 6 h to 4 h',
            baseline: 6,
            target: 4,
            unit: 'h',
          },
          { id: 'own', title: 'Answer before lunch', baseline: 6, target: 4, unit: 'h' },
        ],
      });
      const moved = await call('PATCH', '/key-results/frt', {
        target: 3.5,
        reason: 'The rota works',
        version: 1,
      });
      expect(moved.status).toBe(200);
      expect(moved.json).toMatchObject({ title: 'Reduce first response time from 6 h to 3.5 h', version: 2 });
      const kept = await call('PATCH', '/key-results/own', { target: 3.5, reason: 'The rota works' });
      expect(kept.json).toMatchObject({ title: 'Answer before lunch', target: 3.5 });
      // A title sent with the numbers is the caller's, as written.
      const named = await call('PATCH', '/key-results/frt', {
        target: 3,
        title: 'Three hours',
        reason: 'Again',
      });
      expect(named.json.title).toBe('Three hours');
      const stale = await call('PATCH', '/key-results/frt', { weight: 2, version: 1 });
      expect(stale.status).toBe(409);
    });

    it('an objective’s title, owner, team, type and parent change with its version', async () => {
      const { call, cycle } = await signedIn();
      await call('POST', '/teams', { name: 'Support' });
      await call('POST', '/people', { name: 'Ada' });
      await call('POST', '/objectives', { id: 'top', title: 'Keep customers', cycle });
      await call('POST', '/objectives', { id: 'fast', title: 'Answer fast', cycle });
      const edited = await call('PATCH', '/objectives/fast', {
        version: 1,
        title: 'Answer customers fast',
        owner: 'ada',
        team: 'support',
        type: 'committed',
        parent: 'top',
      });
      expect(edited.json).toMatchObject({
        title: 'Answer customers fast',
        owner: 'ada',
        team: 'support',
        type: 'committed',
        parent: 'top',
        version: 2,
      });
      expect((await call('PATCH', '/objectives/fast', { version: 1, title: 'Late' })).status).toBe(409);
      expect((await call('DELETE', '/objectives/fast?version=2')).status).toBe(204);
    });

    it('an initiative’s owner and due date change in place, and clear with null', async () => {
      const { call } = await signedIn();
      await call('POST', '/people', { name: 'Ada' });
      await call('POST', '/initiatives', { id: 'rota', title: 'Triage rota' });
      const set = await call('PATCH', '/initiatives/rota', { version: 1, owner: 'ada', due: '2026-12-15' });
      expect(set.json).toMatchObject({ owner: 'ada', due: '2026-12-15', version: 2 });
      const cleared = await call('PATCH', '/initiatives/rota', { version: 2, owner: null, due: null });
      expect(cleared.json).toMatchObject({ owner: null, due: null });
    });

    it('an admin changes a person’s role; the last owner can never be demoted or removed', async () => {
      const { server, call } = await signedIn();
      await server.member('viewer', 'acme-support', 'leo@acme.test');
      await call('POST', '/people', { name: 'Leo', email: 'leo@acme.test', role: 'viewer' });
      const promoted = await call('PATCH', '/people/leo', { role: 'editor', version: 1 });
      expect(promoted.json).toMatchObject({ id: 'leo', role: 'editor', version: 2 });
      expect((await call('PATCH', '/people/leo', { role: 'admin', version: 1 })).status).toBe(409);

      const demoted = await call('PATCH', '/people/olivia', { role: 'admin' });
      expect(demoted.status).toBe(409);
      expect(demoted.json.detail).toMatch(/at least one owner/);
      const removed = await call('DELETE', '/people/olivia');
      expect(removed.status).toBe(409);
      expect(removed.json.detail).toMatch(/at least one owner/);

      await call('POST', '/people', { name: 'Ada' });
      const noSignIn = await call('PATCH', '/people/ada', { role: 'editor' });
      expect(noSignIn.status).toBe(409);
      expect(noSignIn.json.detail).toMatch(/Ada has no sign-in.*invite them/);
    });

    it('an admin may not touch an owner, and an editor may not change roles at all', async () => {
      const { server, call } = await signedIn();
      const admin = await server.member('admin', 'acme-support', 'ann@acme.test');
      await call('POST', '/people', { name: 'Ann', email: 'ann@acme.test', role: 'admin' });
      expect((await call('PATCH', '/people/olivia', { role: 'viewer' }, admin)).status).toBe(403);
      expect((await call('DELETE', '/people/olivia', undefined, admin)).status).toBe(403);
      const editor = await server.member('editor', 'acme-support', 'ed@acme.test');
      expect((await call('PATCH', '/people/ann', { role: 'viewer' }, editor)).status).toBe(403);
    });

    it('removing a person ends their sign-in here and leaves what they owned without an owner', async () => {
      const { server, call, cycle } = await signedIn();
      const leo = await server.member('editor', 'acme-support', 'leo@acme.test');
      await call('POST', '/people', { name: 'Leo', email: 'leo@acme.test', role: 'editor' });
      await call('POST', '/kpis', {
        id: 'frt',
        name: 'First response time',
        cadence: 'weekly',
        owner: 'leo',
      });
      await call('POST', '/objectives', { id: 'fast', title: 'Answer fast', cycle, owner: 'leo' });
      const removed = await call('DELETE', '/people/leo?version=1');
      expect(removed.status).toBe(200);
      expect(removed.json.unowned).toEqual([
        { entity: 'kpi', id: 'frt' },
        { entity: 'objective', id: 'fast' },
      ]);
      expect((await call('GET', '/kpis/frt')).json.owner).toBeNull();
      expect((await call('GET', '/objectives/fast')).json.owner).toBeNull();
      const people = (await call('GET', '/people')).json.items as { id: string }[];
      expect(people.map((p) => p.id)).toEqual(['olivia']);
      // No longer a member: the workspace is not there for them.
      expect((await call('GET', '/kpis', undefined, leo)).status).toBe(404);
    });

    it('a removed person who made a decision stays named on it: export, import and export again give the same file', async () => {
      const { server, call } = await signedIn();
      await server.member('editor', 'acme-support', 'leo@acme.test');
      await call('POST', '/people', { name: 'Leo', email: 'leo@acme.test', role: 'editor' });
      await call('POST', '/kpis', { id: 'frt', name: 'First response time', cadence: 'weekly' });
      const decided = await call('POST', '/decisions', { kpi: 'frt', text: 'Hold the rota', by: 'leo' });
      expect(decided.status).toBe(201);
      expect((await call('DELETE', '/people/leo')).status).toBe(200);

      const exported = serializeWorkspace(await loadWorkspace(server.store, 'acme-support'), 'yaml');
      expect(exported).toContain('- {id: leo, name: Leo, email: leo@acme.test, left: 2026-11-23}');
      const parsed = parseWorkspace(exported, 'acme.yaml');
      expect(parsed.diagnostics).toEqual([]);
      if (!parsed.workspace) throw new Error('the export does not parse');
      await importWorkspace(server.store, parsed.workspace, { actor: 'cli:test', at: server.clock.now });
      expect(serializeWorkspace(await loadWorkspace(server.store, 'acme-support'), 'yaml')).toBe(exported);
      // Still removed: not among the people, and owning nothing.
      const people = (await call('GET', '/people')).json.items as { id: string }[];
      expect(people.map((p) => p.id)).toEqual(['olivia']);
    });

    it('a KPI a key result still measures is not archived, and the refusal names them, not their ids', async () => {
      const { call, cycle } = await signedIn();
      await call('POST', '/kpis', { id: 'frt', name: 'First response time', cadence: 'weekly' });
      await call('POST', '/objectives', {
        title: 'Answer fast',
        cycle,
        keyResults: [{ id: 'frt-kr', title: 'Reply within 3 hours', kpi: 'frt', baseline: 6, target: 3 }],
      });
      const refused = await call('DELETE', '/kpis/frt');
      expect(refused.status).toBe(409);
      expect(refused.json.detail).toBe(
        'First response time is linked by the key result “Reply within 3 hours”; unlink or archive it first.',
      );
    });

    it('an archived KPI is listed with its points and restored with its version', async () => {
      const { call } = await signedIn();
      await call('POST', '/kpis', { id: 'frt', name: 'First response time', cadence: 'weekly' });
      await call('POST', '/kpis/frt/points', { at: '2026-11-20', value: 5 });
      expect((await call('DELETE', '/kpis/frt')).status).toBe(204);
      expect((await call('GET', '/kpis')).json.items).toEqual([]);
      const archived = await call('GET', '/kpis?archived=true');
      expect(archived.json.items).toEqual([expect.objectContaining({ id: 'frt', pointCount: 1 })]);
      const version = (archived.json.items as { version: number }[])[0]?.version as number;

      expect((await call('POST', '/kpis/frt/restore', { version: version - 1 })).status).toBe(409);
      const restored = await call('POST', '/kpis/frt/restore', { version });
      expect(restored.status).toBe(200);
      expect(restored.json).toMatchObject({ id: 'frt', pointCount: 1, version: version + 1 });
      expect((await call('GET', '/kpis')).json.items).toEqual([expect.objectContaining({ id: 'frt' })]);
      const again = await call('POST', '/kpis/frt/restore', {});
      expect(again.status).toBe(409);
      expect(again.json.detail).toMatch(/not archived/);
    });
  },
);
